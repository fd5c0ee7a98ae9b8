"use client";

import { FacetedFilter, type FacetGroup } from "@/components/filters/faceted-filter";
import { TextFilter } from "@/components/filters/text-filter";
import { Button } from "@/components/ui/button";
import { AlertIcon } from "@/components/ui/icons";
import { NEEDS_ATTENTION_STATUSES } from "@/lib/batches/breakdown-tally";
import { batchPayoutFilterSpec } from "@/lib/filters/list-queries";
import { validateField } from "@/lib/filters/validate-field";
import { humanizeCode, PAYOUT_STATUS_GROUPS } from "@/lib/payout-status";
import type { BatchUrl } from "./use-batch-url";

const STATUS_GROUPS: FacetGroup[] = PAYOUT_STATUS_GROUPS.map((group) => ({
  label: group.label,
  options: group.statuses.map((status) => ({ value: status, label: humanizeCode(status) })),
}));

const ATTENTION_LIST = NEEDS_ATTENTION_STATUSES.map((status) => humanizeCode(status).toLowerCase()).join(", ");

/** The batch rows' filters: status, destination currency, and the one-click "needs attention" view. */
export function BatchRowsToolbar({ url }: { url: BatchUrl }) {
  const currency = url.values.dest_currency;
  return (
    <div className="flex flex-wrap items-center gap-2" role="search" aria-label="Filter this batch's payouts">
      <Button
        aria-pressed={url.needsAttention}
        onClick={url.toggleNeedsAttention}
        title={`Only rows that are ${ATTENTION_LIST}`}
        className={url.needsAttention ? "border-status-attention/40 bg-status-attention-bg text-status-attention hover:bg-status-attention-bg" : ""}
      >
        <AlertIcon className="size-4" />
        Needs attention
      </Button>
      <FacetedFilter title="Status" groups={STATUS_GROUPS} selected={url.values.status ?? []} onChange={(status) => url.update({ status })} />
      <TextFilter
        key={`dest_currency:${currency ?? ""}`}
        name="dest_currency"
        label="Currency"
        placeholder="Currency"
        className="w-24"
        normalize={(value) => value.toUpperCase()}
        value={currency}
        validate={(typed) => validateField(batchPayoutFilterSpec, "dest_currency", typed)}
        onCommit={(typed) => url.update({ dest_currency: typed })}
      />
      {(url.hasFilters || url.problems.length > 0) && (
        <Button variant="ghost" onClick={url.clear}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
