"use client";

import { DateRangeFilter } from "@/components/filters/date-range-filter";
import { FacetedFilter, type FacetGroup } from "@/components/filters/faceted-filter";
import { Button } from "@/components/ui/button";
import { TRANSACTION_STATUSES } from "@/lib/filters/anton-vocabulary";
import { TRANSACTION_TYPE_GROUPS, transactionStatusLabel, transactionTypeLabel } from "@/lib/transaction-labels";
import { CurrencyFilter } from "./currency-filter";
import type { TransactionsUrl } from "./use-transactions-url";

const TYPE_GROUPS: FacetGroup[] = TRANSACTION_TYPE_GROUPS.map((group) => ({
  label: group.label,
  options: group.types.map((type) => ({ value: type, label: transactionTypeLabel(type) })),
}));

const STATUS_GROUPS: FacetGroup[] = [{ label: "Statuses", options: TRANSACTION_STATUSES.map((status) => ({ value: status, label: transactionStatusLabel(status) })) }];

/** The filter bar. Every change rewrites the URL, which restarts the list from the top. */
export function TransactionsToolbar({ url }: { url: TransactionsUrl }) {
  const { values, update, timeZone } = url;
  return (
    <div className="flex flex-wrap items-center gap-2" role="search" aria-label="Filter transactions">
      <CurrencyFilter value={values.currency} onChange={(currency) => update({ currency })} />
      <FacetedFilter title="Type" groups={TYPE_GROUPS} selected={values.type ?? []} onChange={(type) => update({ type })} />
      <FacetedFilter title="Status" groups={STATUS_GROUPS} selected={values.status ?? []} onChange={(status) => update({ status })} />
      <DateRangeFilter range={values.range} createdAfter={values.created_after} createdBefore={values.created_before} timeZone={timeZone} onChange={update} />
      {(url.hasFilters || url.problems.length > 0) && (
        <Button variant="ghost" onClick={url.clear}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
