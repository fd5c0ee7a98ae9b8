"use client";

import { DateRangeFilter } from "@/components/filters/date-range-filter";
import { FacetedFilter, type FacetGroup } from "@/components/filters/faceted-filter";
import { TextFilter } from "@/components/filters/text-filter";
import { TimeZoneToggle } from "@/components/filters/time-zone-toggle";
import { Button } from "@/components/ui/button";
import { payoutFilterSpec } from "@/lib/filters/list-queries";
import { reanchorCustomDates } from "@/lib/filters/url-state";
import { validateField } from "@/lib/filters/validate-field";
import { resolveTimeZone } from "@/lib/dates";
import { humanizeCode, PAYOUT_STATUS_GROUPS } from "@/lib/payout-status";
import type { PayoutsUrl } from "./use-payouts-url";

const STATUS_GROUPS: FacetGroup[] = PAYOUT_STATUS_GROUPS.map((group) => ({
  label: group.label,
  options: group.statuses.map((status) => ({ value: status, label: humanizeCode(status) })),
}));

const TEXT_FILTERS = [
  { name: "dest_currency", label: "Currency", placeholder: "Currency", className: "w-24", normalize: (v: string) => v.toUpperCase() },
  { name: "beneficiary_id", label: "Beneficiary ID", placeholder: "Beneficiary ID (ben_…)", className: "w-48" },
  { name: "instrument_id", label: "Instrument ID", placeholder: "Instrument ID (ins_…)", className: "w-48" },
  { name: "batch_id", label: "Batch ID", placeholder: "Batch ID (bat_…)", className: "w-44" },
  { name: "reference", label: "Reference", placeholder: "Reference (exact)", className: "w-44" },
] as const;

/** The filter bar. Every change rewrites the URL, which restarts the list from the top. */
export function PayoutsToolbar({ url }: { url: PayoutsUrl }) {
  const { values, update, timeZone } = url;
  return (
    <div className="flex flex-wrap items-center gap-2" role="search" aria-label="Filter payouts">
      <FacetedFilter title="Status" groups={STATUS_GROUPS} selected={values.status ?? []} onChange={(status) => update({ status })} />
      <DateRangeFilter range={values.range} createdAfter={values.created_after} createdBefore={values.created_before} timeZone={timeZone} onChange={update} />
      {TEXT_FILTERS.map((filter) => {
        const value = values[filter.name];
        return (
          <TextFilter
            key={`${filter.name}:${value ?? ""}`}
            name={filter.name}
            label={filter.label}
            placeholder={filter.placeholder}
            className={filter.className}
            normalize={"normalize" in filter ? filter.normalize : undefined}
            value={value}
            validate={(typed) => validateField(payoutFilterSpec, filter.name, typed)}
            onCommit={(typed) => update({ [filter.name]: typed })}
          />
        );
      })}
      {(url.hasFilters || url.problems.length > 0) && (
        <Button variant="ghost" onClick={url.clear}>
          Clear filters
        </Button>
      )}
    </div>
  );
}

/** Local or UTC for the whole page: shown times, preset days and custom days alike. */
export function PayoutsTimeZone({ url }: { url: PayoutsUrl }) {
  const { values, update, timeZone } = url;
  return (
    <TimeZoneToggle
      timeZone={timeZone}
      onChange={(choice) => {
        // Custom dates keep their calendar days in the new zone; presets recompute by themselves.
        const custom = { created_after: values.created_after, created_before: values.created_before };
        const moved = values.range ? {} : reanchorCustomDates(custom, timeZone.zone, resolveTimeZone(choice));
        update({ tz: choice === "utc" ? "utc" : undefined, ...(values.range ? {} : { created_after: moved.created_after, created_before: moved.created_before }) });
      }}
    />
  );
}
