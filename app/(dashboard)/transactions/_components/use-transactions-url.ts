"use client";

import { useMemo } from "react";
import { useTimeZone } from "@/components/filters/use-time-zone";
import { useUrlFilters } from "@/components/filters/use-url-filters";
import { transactionFilterSpec, type TransactionFilters } from "@/lib/filters/list-queries";
import { toSearchParams, type QuerySpec } from "@/lib/filters/query-spec";
import { listPageParams, resolveDateFilter } from "@/lib/filters/url-state";

/** /transactions's URL: the data API's filter names, plus the date preset and the zone. */
export const transactionsPageSpec = { ...transactionFilterSpec, ...listPageParams } as const satisfies QuerySpec;

/** Sent to the API as they are; the dates are resolved from `range` or the custom pair. */
const DATA_FILTER_NAMES = ["currency", "type", "status"] as const satisfies readonly (keyof typeof transactionFilterSpec)[];
const FILTER_NAMES = [...Object.keys(transactionFilterSpec), "range"];

/**
 * Everything /transactions reads from its URL: the filters to send (dates resolved in the
 * page's zone), whether our server must scan for them, the zone, refused values, and the
 * ways to change them.
 */
export function useTransactionsUrl() {
  const url = useUrlFilters(transactionsPageSpec, FILTER_NAMES);
  const timeZone = useTimeZone(url.values.tz);
  const { values } = url;

  const apiFilters = useMemo<TransactionFilters>(() => {
    const { range, created_after, created_before } = values;
    const filters: TransactionFilters = {};
    for (const name of DATA_FILTER_NAMES) if (values[name] !== undefined) Object.assign(filters, { [name]: values[name] });
    return { ...filters, ...resolveDateFilter(range, { created_after, created_before }, timeZone.zone, new Date()) };
  }, [values, timeZone.zone]);

  // Currency only picks an account; anything else is filtered on our server, row by row.
  const scansRows = apiFilters.type !== undefined || apiFilters.status !== undefined || apiFilters.created_after !== undefined || apiFilters.created_before !== undefined;

  // The list's identity: where its scroll position is remembered, and what a Stop applies to.
  const listKey = useMemo(() => `/transactions?${toSearchParams(transactionsPageSpec, values)}`, [values]);

  return { ...url, timeZone, apiFilters, scansRows, listKey };
}

export type TransactionsUrl = ReturnType<typeof useTransactionsUrl>;
