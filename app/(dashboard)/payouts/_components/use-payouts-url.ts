"use client";

import { useMemo } from "react";
import { useTimeZone } from "@/components/filters/use-time-zone";
import { useUrlFilters } from "@/components/filters/use-url-filters";
import { ID_PATTERNS } from "@/lib/filters/anton-vocabulary";
import { payoutFilterSpec, type PayoutFilters } from "@/lib/filters/list-queries";
import { toSearchParams, type QuerySpec } from "@/lib/filters/query-spec";
import { listPageParams, resolveDateFilter } from "@/lib/filters/url-state";

/** /payouts's URL: Anton's payout filters under their own names, plus page-only state. */
export const payoutsPageSpec = {
  ...payoutFilterSpec,
  ...listPageParams,
  payout: { kind: "pattern", pattern: ID_PATTERNS.payout, example: "pay_01HX…" },
} as const satisfies QuerySpec;

/** Sent to the API as they are; the dates are resolved from `range` or the custom pair. */
const DATA_FILTER_NAMES = ["status", "dest_currency", "beneficiary_id", "instrument_id", "batch_id", "reference"] as const satisfies readonly (keyof typeof payoutFilterSpec)[];
const FILTER_NAMES = [...Object.keys(payoutFilterSpec), "range"];

/**
 * Everything /payouts reads from its URL: the filters to send (dates resolved in the
 * page's zone), the zone, the open payout, refused values, and the ways to change them.
 */
export function usePayoutsUrl() {
  const url = useUrlFilters(payoutsPageSpec, FILTER_NAMES);
  const timeZone = useTimeZone(url.values.tz);
  const { values } = url;

  const apiFilters = useMemo<PayoutFilters>(() => {
    const { range, created_after, created_before } = values;
    const filters: PayoutFilters = {};
    for (const name of DATA_FILTER_NAMES) if (values[name] !== undefined) Object.assign(filters, { [name]: values[name] });
    return { ...filters, ...resolveDateFilter(range, { created_after, created_before }, timeZone.zone, new Date()) };
  }, [values, timeZone.zone]);

  // The list's identity without the open drawer: where its scroll position is remembered.
  const listKey = useMemo(() => {
    return `/payouts?${toSearchParams(payoutsPageSpec, { ...values, payout: undefined })}`;
  }, [values]);

  return { ...url, timeZone, apiFilters, listKey, openPayoutId: values.payout };
}

export type PayoutsUrl = ReturnType<typeof usePayoutsUrl>;
