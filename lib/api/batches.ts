import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { BatchBreakdown } from "@/lib/batches/breakdown-tally";
import { batchListSpec, batchPayoutListSpec, type BatchFilters, type BatchPayoutFilters } from "@/lib/filters/list-queries";
import { toSearchParams } from "@/lib/filters/query-spec";
import { fetchJson } from "./fetch-json";
import { nextCursorOf } from "./list-pages";
import type { ListPage, Payout } from "./types";

export type { AttentionGroup, BatchBreakdown, CurrencyAmount, StatusBreakdown } from "@/lib/batches/breakdown-tally";

/** A batch as /api/batches answers it (enum-like fields stay strings: unknown ones still render). */
export interface Batch {
  id: string;
  merchant_id: string;
  uploaded_by: string;
  status: string;
  file_name: string;
  file_format: string;
  file_size: number;
  total_rows: number;
  valid_rows: number;
  invalid_rows: number;
  warning_rows: number;
  skipped_rows: number;
  processed_rows: number;
  summary?: { estimated_debits?: { currency: string; amount: string }[]; methods?: Record<string, unknown> };
  source_currency?: string;
  expires_at?: string;
  confirmed_at?: string;
  completed_at?: string;
  created_at: string;
  updated_at: string;
}

/** A batch's payout with its 1-based row in the uploaded file. */
export type BatchRow = Payout & { row_number: number };

/** Our batch rows page also reports how far the server scanned for filtered matches. */
export interface BatchRowsPage extends ListPage<BatchRow> {
  scan?: { scanned: number; bounded: boolean };
}

export const BATCHES_PAGE_SIZE = 100;

/** How often, at most, a batch still in flight is refetched. */
export const LIVE_REFRESH_MS = 5_000;

/**
 * The refresh interval of a live query that costs `upstreamPages` requests to Anton each
 * time: every LIVE_REFRESH_MS for a small batch, slower for a big one, so polling stays
 * near one upstream request a second whatever the batch's size (Anton allows 1,000 a minute).
 */
export function liveRefreshMs(upstreamPages: number): number {
  return Math.max(LIVE_REFRESH_MS, upstreamPages * 1_000);
}

const batchPath = (id: string) => `/api/batches/${encodeURIComponent(id)}`;

export function fetchBatchesPage(filters: BatchFilters, cursor: string | undefined, signal?: AbortSignal) {
  return fetchJson<ListPage<Batch>>(`/api/batches?${toSearchParams(batchListSpec, { ...filters, limit: BATCHES_PAGE_SIZE, cursor })}`, signal);
}

export function fetchBatch(id: string, signal?: AbortSignal) {
  return fetchJson<Batch>(batchPath(id), signal);
}

export function fetchBatchBreakdown(id: string, signal?: AbortSignal) {
  return fetchJson<BatchBreakdown>(`${batchPath(id)}/breakdown`, signal);
}

export function fetchBatchRowsPage(id: string, filters: BatchPayoutFilters, cursor: string | undefined, signal?: AbortSignal) {
  return fetchJson<BatchRowsPage>(`${batchPath(id)}/payouts?${toSearchParams(batchPayoutListSpec, { ...filters, limit: BATCHES_PAGE_SIZE, cursor })}`, signal);
}

/** Every batch, newest first, for one status filter; loaded pages stay until refreshed. */
export function batchesInfiniteQueryOptions(filters: BatchFilters) {
  return infiniteQueryOptions({
    queryKey: ["batches", filters] as const,
    queryFn: ({ pageParam, signal }) => fetchBatchesPage(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursorOf,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function batchQueryOptions(id: string) {
  return queryOptions({ queryKey: ["batch", id] as const, queryFn: ({ signal }) => fetchBatch(id, signal) });
}

export function batchBreakdownQueryOptions(id: string) {
  return queryOptions({ queryKey: ["batch", id, "breakdown"] as const, queryFn: ({ signal }) => fetchBatchBreakdown(id, signal) });
}

/** A batch's payouts in file row order, narrowed by status and destination currency. */
export function batchRowsInfiniteQueryOptions(id: string, filters: BatchPayoutFilters) {
  return infiniteQueryOptions({
    queryKey: ["batch", id, "payouts", filters] as const,
    queryFn: ({ pageParam, signal }) => fetchBatchRowsPage(id, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursorOf,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useBatches(filters: BatchFilters) {
  return useInfiniteQuery(batchesInfiniteQueryOptions(filters));
}

/**
 * One batch, refetched every LIVE_REFRESH_MS while `isLive` says its status is still
 * moving, and no longer once it has settled.
 */
export function useBatch(id: string, isLive: (status: string) => boolean, initialData?: Batch) {
  return useQuery({
    ...batchQueryOptions(id),
    initialData,
    refetchInterval: (query) => (query.state.data && isLive(query.state.data.status) ? LIVE_REFRESH_MS : false),
  });
}

/** The whole-batch breakdown; refetched while the batch is live (`live`), paced by its size. */
export function useBatchBreakdown(id: string, live: boolean) {
  return useQuery({
    ...batchBreakdownQueryOptions(id),
    refetchInterval: (query) => (live ? liveRefreshMs(Math.ceil((query.state.data?.rows ?? 0) / BATCHES_PAGE_SIZE)) : false),
  });
}

/** The batch's rows; while it is live the loaded pages are refetched in place, paced by their number. */
export function useBatchRows(id: string, filters: BatchPayoutFilters, live: boolean) {
  return useInfiniteQuery({
    ...batchRowsInfiniteQueryOptions(id, filters),
    refetchInterval: (query) => (live ? liveRefreshMs(query.state.data?.pages.length ?? 1) : false),
  });
}
