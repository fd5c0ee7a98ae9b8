import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { payoutListSpec, type PayoutFilters } from "@/lib/filters/list-queries";
import { toSearchParams } from "@/lib/filters/query-spec";
import { fetchJson } from "./fetch-json";
import { nextCursorOf } from "./list-pages";
import type { ListPage, Payout } from "./types";

/** Anton's largest page: fewer round trips while scrolling through thousands of rows. */
export const PAYOUTS_PAGE_SIZE = 100;

export function payoutsListPath(filters: PayoutFilters, cursor?: string): string {
  return `/api/payouts?${toSearchParams(payoutListSpec, { ...filters, limit: PAYOUTS_PAGE_SIZE, cursor })}`;
}

export function fetchPayoutsPage(filters: PayoutFilters, cursor: string | undefined, signal?: AbortSignal): Promise<ListPage<Payout>> {
  return fetchJson<ListPage<Payout>>(payoutsListPath(filters, cursor), signal);
}

export function fetchPayout(id: string, signal?: AbortSignal): Promise<Payout> {
  return fetchJson<Payout>(`/api/payouts/${encodeURIComponent(id)}`, signal);
}

/**
 * The payouts list for one set of (valid, resolved) filters. Never stale on its own:
 * loaded pages stay put (and keep the reader's place) until Refresh refetches them.
 */
export function payoutsInfiniteQueryOptions(filters: PayoutFilters) {
  return infiniteQueryOptions({
    queryKey: ["payouts", filters] as const,
    queryFn: ({ pageParam, signal }) => fetchPayoutsPage(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursorOf,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function payoutQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["payout", id] as const,
    queryFn: ({ signal }) => fetchPayout(id, signal),
  });
}

export function usePayouts(filters: PayoutFilters) {
  return useInfiniteQuery(payoutsInfiniteQueryOptions(filters));
}

/** One payout; skipped while `enabled` is false (the row is already loaded in the list). */
export function usePayout(id: string | undefined, enabled: boolean) {
  return useQuery({ ...payoutQueryOptions(id ?? ""), enabled: enabled && id !== undefined });
}
