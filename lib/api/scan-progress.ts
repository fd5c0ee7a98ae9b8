import type { ListPage } from "./types";

// Lists our server filters itself (Anton cannot) read a bounded number of upstream rows per
// request and say how far they got. These helpers add that up across the loaded pages and
// decide when the browser should ask for the next page on its own.

/** How far one request read upstream (see /api/transactions). */
export interface ScanReport {
  /** Upstream rows read for this page. */
  scanned: number;
  /** Where the scan got to: the created_at of the last upstream row read. */
  reached?: string;
  /** The request stopped at the scan bound, not at a full page or the end of the list. */
  bounded: boolean;
}

export interface ScannedPage<T> extends ListPage<T> {
  scan?: ScanReport;
}

export interface ScanProgress {
  /** Upstream rows read across every loaded page. */
  scanned: number;
  /** Matches returned across every loaded page. */
  matched: number;
  /** The furthest position read: the last page's, or an earlier one when it read nothing. */
  reached?: string;
  /** The last page stopped at the bound: matches are sparse and more may follow. */
  bounded: boolean;
  /** No page is left to load. */
  complete: boolean;
}

export function accumulateScan(pages: readonly ScannedPage<unknown>[]): ScanProgress {
  const progress: ScanProgress = { scanned: 0, matched: 0, bounded: false, complete: false };
  for (const page of pages) {
    progress.scanned += page.scan?.scanned ?? page.data.length;
    progress.matched += page.data.length;
    if (page.scan?.reached !== undefined) progress.reached = page.scan.reached;
  }
  const last = pages.at(-1);
  progress.bounded = last?.scan?.bounded ?? false;
  progress.complete = last !== undefined && !last.has_more;
  return progress;
}

/** Below this many matches a bounded scan keeps going without the reader scrolling: a page's worth. */
export const AUTO_CONTINUE_BELOW = 100;

/**
 * Rows one search reads on its own before it pauses for the reader (5 server requests,
 * about 250 calls to Anton): a filter that matches nothing must not spend the merchant's
 * rate limit (1,000 calls a minute) reading the whole account unasked.
 */
export const AUTO_SCAN_BUDGET = 25_000;

/** The search used its budget since it started or was last resumed: pause it. */
export function budgetSpent(progress: ScanProgress, scannedAtResume: number): boolean {
  return progress.bounded && !progress.complete && progress.scanned - scannedAtResume >= AUTO_SCAN_BUDGET;
}

export interface ContinueState {
  progress: ScanProgress;
  hasNextPage: boolean;
  isFetching: boolean;
  /** The last page request failed: wait for the reader's Retry. */
  failed: boolean;
  /** The reader pressed Stop. */
  stopped: boolean;
}

/** Ask for the next page now: the last one hit the scan bound and too few rows matched yet. */
export function shouldContinueScan({ progress, hasNextPage, isFetching, failed, stopped }: ContinueState): boolean {
  if (!hasNextPage || isFetching || failed || stopped) return false;
  return progress.bounded && progress.matched < AUTO_CONTINUE_BELOW;
}

/**
 * searching: a page is on its way or about to be asked for (also before the first one);
 * stopped: the reader stopped it with more to read; failed: the last request failed with
 * more to read; more: enough matches are loaded and more follow on scroll; done: nothing
 * left to read.
 */
export type ScanPhase = "searching" | "stopped" | "failed" | "more" | "done";

export function scanPhase(state: ContinueState): ScanPhase {
  if (state.progress.complete) return "done";
  if (state.stopped && state.hasNextPage) return "stopped";
  if (state.failed && state.hasNextPage && !state.isFetching) return "failed";
  if (state.isFetching || !state.hasNextPage || shouldContinueScan(state)) return "searching";
  return "more";
}

/**
 * How much of a known date range the scan has covered (newest first, so from `newest`
 * back to `oldest`), 0..1; undefined when the range is open-ended or not yet started.
 */
export function scanFraction(reached: string | undefined, oldest: string | undefined, newest: string): number | undefined {
  if (reached === undefined || oldest === undefined) return undefined;
  const [at, from, to] = [Date.parse(reached), Date.parse(oldest), Date.parse(newest)];
  if (![at, from, to].every(Number.isFinite) || to <= from) return undefined;
  return Math.min(1, Math.max(0, (to - at) / (to - from)));
}
