"use client";

import { useQueryClient, type InfiniteData, type QueryKey, type UseInfiniteQueryResult } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import { accumulateScan, budgetSpent, scanPhase, shouldContinueScan, type ScannedPage } from "@/lib/api/scan-progress";

type ScannedQuery = UseInfiniteQueryResult<InfiniteData<ScannedPage<unknown>, unknown>>;

/**
 * Drives a list our server filters in bounded scans: while the last page stopped at the
 * bound and few rows matched, asks for the next page by itself; Stop pauses that (and the
 * table's load-on-scroll) and aborts the request in flight, which aborts the server's scan
 * upstream; Resume (or Load more) carries on from the last page. A search also pauses by
 * itself once it has read AUTO_SCAN_BUDGET rows since it started or was last resumed.
 * A Stop holds for one query (`queryKey`): new filters start searching again.
 */
export function useScanControl(query: ScannedQuery, queryKey: QueryKey) {
  const queryClient = useQueryClient();
  const stopKey = JSON.stringify(queryKey);
  const [stoppedQuery, setStoppedQuery] = useState<string | undefined>(undefined);
  const [resumedAt, setResumedAt] = useState<{ key: string; scanned: number } | undefined>(undefined);
  const progress = useMemo(() => accumulateScan(query.data?.pages ?? []), [query.data]);
  const paused = budgetSpent(progress, resumedAt?.key === stopKey ? resumedAt.scanned : 0);
  const stopped = stoppedQuery === stopKey || paused;

  const state = { progress, hasNextPage: query.hasNextPage, isFetching: query.isFetching, failed: query.isFetchNextPageError, stopped };
  const continueNow = shouldContinueScan(state);
  const { fetchNextPage } = query;

  useEffect(() => {
    if (continueNow) void fetchNextPage();
  }, [continueNow, fetchNextPage]);

  const stop = useCallback(() => {
    setStoppedQuery(stopKey);
    // Reverts to the pages already loaded; the aborted fetch aborts the server's upstream reads.
    void queryClient.cancelQueries({ queryKey, exact: true });
  }, [stopKey, queryClient, queryKey]);

  const resume = useCallback(() => {
    setStoppedQuery(undefined);
    setResumedAt({ key: stopKey, scanned: progress.scanned });
    return fetchNextPage();
  }, [fetchNextPage, stopKey, progress.scanned]);

  return { progress, phase: scanPhase(state), stopped, paused: paused && stoppedQuery !== stopKey, stop, resume };
}

export type ScanControl = ReturnType<typeof useScanControl>;
