"use client";

import { useEffect } from "react";
import { usePayout } from "@/lib/api/payouts";
import type { BatchPayoutFilters } from "@/lib/filters/list-queries";

/** At most this many rows are loaded looking for a linked payout's row (100 pages). */
export const REVEAL_ROW_BOUND = 10_000;

export type RevealState =
  | { kind: "idle" }
  | { kind: "found"; index: number }
  | { kind: "searching"; loaded: number }
  | { kind: "elsewhere"; reason: "other_batch" | "filtered" | "not_found" | "bound" };

interface RevealInput {
  batchId: string;
  payoutId: string | undefined;
  rows: readonly { id: string }[];
  filters: BatchPayoutFilters;
  /** The first page has arrived. */
  loaded: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  failed: boolean;
  fetchNextPage: () => unknown;
}

/**
 * A payout linked with ?payout=… (from /payouts, or pasted) may sit deep in the batch: load
 * pages in file order until its row is among the loaded rows, so the table can scroll to it.
 * Stops at REVEAL_ROW_BOUND rows, at the end, or as soon as the payout itself (fetched for
 * the drawer anyway) shows it cannot be in this list: another batch, or hidden by the filters.
 */
export function useRevealPayout(input: RevealInput): RevealState {
  const { payoutId, rows, filters } = input;
  const index = payoutId ? rows.findIndex((row) => row.id === payoutId) : -1;
  const missing = payoutId !== undefined && index < 0;
  // Shares its cache with the drawer's own fetch of a payout that is not loaded.
  const payout = usePayout(payoutId, missing).data;

  let state: RevealState;
  if (!payoutId) state = { kind: "idle" };
  else if (index >= 0) state = { kind: "found", index };
  else if (payout && payout.id === payoutId && payout.batch_id !== input.batchId) state = { kind: "elsewhere", reason: "other_batch" };
  else if (payout && ((filters.status && !filters.status.includes(payout.status)) || (filters.dest_currency && payout.dest_currency !== filters.dest_currency)))
    state = { kind: "elsewhere", reason: "filtered" };
  else if (rows.length >= REVEAL_ROW_BOUND) state = { kind: "elsewhere", reason: "bound" };
  else if (input.loaded && !input.hasNextPage && !input.isFetchingNextPage) state = { kind: "elsewhere", reason: "not_found" };
  else state = { kind: "searching", loaded: rows.length };

  const shouldFetch = state.kind === "searching" && rows.length > 0 && input.hasNextPage && !input.isFetchingNextPage && !input.failed;
  const { fetchNextPage } = input;
  useEffect(() => {
    if (shouldFetch) void fetchNextPage();
  }, [shouldFetch, rows.length, fetchNextPage]);

  return state;
}
