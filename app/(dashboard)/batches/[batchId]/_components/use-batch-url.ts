"use client";

import { useMemo } from "react";
import { useUrlFilters } from "@/components/filters/use-url-filters";
import { NEEDS_ATTENTION_STATUSES } from "@/lib/batches/breakdown-tally";
import { ID_PATTERNS } from "@/lib/filters/anton-vocabulary";
import { batchPayoutFilterSpec, type BatchPayoutFilters } from "@/lib/filters/list-queries";
import { toSearchParams, type QuerySpec } from "@/lib/filters/query-spec";

/** /batches/{id}'s URL: the batch rows' filters under the data API's names, plus the open payout. */
export const batchPageSpec = {
  ...batchPayoutFilterSpec,
  payout: { kind: "pattern", pattern: ID_PATTERNS.payout, example: "pay_01HX…" },
} as const satisfies QuerySpec;

const FILTER_NAMES = Object.keys(batchPayoutFilterSpec);

/** True when the status filter is exactly the "needs attention" set, in any order. */
export function isNeedsAttention(statuses: readonly string[] | undefined): boolean {
  if (!statuses || statuses.length !== NEEDS_ATTENTION_STATUSES.length) return false;
  return NEEDS_ATTENTION_STATUSES.every((status) => statuses.includes(status));
}

/** Everything a batch page reads from its URL, and the ways to change it. */
export function useBatchUrl(batchId: string) {
  const url = useUrlFilters(batchPageSpec, FILTER_NAMES);
  const { status, dest_currency: destCurrency } = url.values;
  const apiFilters = useMemo<BatchPayoutFilters>(() => ({ ...(status ? { status } : {}), ...(destCurrency ? { dest_currency: destCurrency } : {}) }), [status, destCurrency]);
  // The rows' identity without the open drawer: where their scroll position is remembered.
  const listKey = `/batches/${batchId}?${toSearchParams(batchPayoutFilterSpec, apiFilters)}`;
  const needsAttention = isNeedsAttention(status);
  const toggleNeedsAttention = () => url.update({ status: needsAttention ? undefined : [...NEEDS_ATTENTION_STATUSES] });
  return { ...url, apiFilters, listKey, openPayoutId: url.values.payout, needsAttention, toggleNeedsAttention };
}

export type BatchUrl = ReturnType<typeof useBatchUrl>;
