"use client";

import { useEffect } from "react";

/**
 * How close to the last loaded row the reader may get before the next page is asked for.
 * Half of a 100-row page: at 40 px a row the request starts about 2,000 px before the end,
 * so a page arrives before the reader runs out of rows at any normal scrolling speed.
 */
export const PREFETCH_ROWS = 50;

export interface LoadMoreState {
  /** Index of the last row the virtualiser renders (visible plus overscan); -1 for none. */
  lastRenderedIndex: number;
  loadedCount: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  /** After a failed page, wait for the reader's Retry rather than hammering the API. */
  nextPageFailed: boolean;
}

export function shouldLoadMore(state: LoadMoreState, threshold = PREFETCH_ROWS): boolean {
  if (!state.hasNextPage || state.isFetchingNextPage || state.nextPageFailed) return false;
  if (state.loadedCount === 0 || state.lastRenderedIndex < 0) return false;
  return state.lastRenderedIndex >= state.loadedCount - threshold;
}

/** Asks for the next page whenever the rendered window comes within PREFETCH_ROWS of the end. */
export function useInfiniteScroll(state: LoadMoreState, fetchNextPage: () => unknown): void {
  const load = shouldLoadMore(state);
  useEffect(() => {
    if (load) void fetchNextPage();
    // Re-evaluated when the window moves or a page lands (loadedCount changes).
  }, [load, state.loadedCount, fetchNextPage]);
}
