import "server-only";
import type { Page } from "@/lib/anton";
import { decodeScanCursor, encodeScanCursor, filterFingerprint, type ScanPosition } from "./scan-cursor";

/** Rows one request may read upstream before it answers with what it has. */
export const DEFAULT_SCAN_BOUND = 5_000;
/**
 * Time one request may spend reading upstream before it answers with what it has: checked
 * between pages, so a request takes at most this plus one page's own bounded wait, however
 * slow Anton is (without it, 5 s of latency made a sparse search wait 50 × 5 s).
 */
export const DEFAULT_SCAN_TIME_BUDGET_MS = 5_000;
/** Anton's largest page: what we ask for when we filter ourselves. */
export const UPSTREAM_PAGE = 100;

export interface ScanReport {
  /** Upstream rows read for this page. */
  scanned: number;
  /** Where the scan got to (e.g. the created_at of the last row read). */
  reached?: string;
  /** True when this page stopped at the scan bound (rows read or time spent) rather than a full page or the end. */
  bounded: boolean;
}

export interface FilteredPage<T> {
  data: T[];
  has_more: boolean;
  next_cursor?: string;
  scan: ScanReport;
}

export interface FilteredScan<T, R = T> {
  /** Reads one upstream page. */
  fetchPage(cursor: string | undefined, limit: number): Promise<Page<T>>;
  /** The filters the scan applies: the cursor is tied to them. */
  filters: object;
  matches(row: T): boolean;
  /** In an ordered list, true once no later row can match (ends the scan). */
  isPastRange?(row: T): boolean;
  describePosition?(row: T): string;
  /** Shapes a match for the response; `index` is its 0-based position in the upstream list. */
  present(row: T, index: number): R;
  limit: number;
  cursor?: string;
  scanBound?: number;
  /** Start no further upstream page after this many ms (default DEFAULT_SCAN_TIME_BUDGET_MS). */
  scanTimeBudgetMs?: number;
  /** Clock for the time budget, in ms (tests). */
  now?: () => number;
  /** Without row filters every row matches: read only a page's worth upstream. */
  filtersRows: boolean;
}

/**
 * A page of matches from an upstream list that cannot filter what we need: read upstream
 * pages until the page is full, the range is passed, the list ends, or the scan bound (rows
 * or time) is hit. Our cursor remembers the upstream page and the rows of it already handed
 * out, so a page may end mid-upstream-page without losing or repeating a row.
 */
export async function scanFiltered<T, R>(scan: FilteredScan<T, R>): Promise<FilteredPage<R>> {
  const fingerprint = filterFingerprint(scan.filters);
  let position: ScanPosition = scan.cursor ? decodeScanCursor(scan.cursor, fingerprint) : { skip: 0, base: 0 };
  const upstreamLimit = scan.filtersRows ? UPSTREAM_PAGE : scan.limit;
  const scanBound = scan.scanBound ?? DEFAULT_SCAN_BOUND;
  const timeBudgetMs = scan.scanTimeBudgetMs ?? DEFAULT_SCAN_TIME_BUDGET_MS;
  const now = scan.now ?? Date.now;
  const startedAt = now();
  const data: R[] = [];
  const report: ScanReport = { scanned: 0, bounded: false };
  const finish = (next?: ScanPosition): FilteredPage<R> =>
    next ? { data, has_more: true, next_cursor: encodeScanCursor(next, fingerprint), scan: report } : { data, has_more: false, scan: report };

  for (;;) {
    const page = await scan.fetchPage(position.upstream, upstreamLimit);
    const afterPage: ScanPosition | undefined =
      page.has_more && page.next_cursor ? { upstream: page.next_cursor, skip: 0, base: position.base + page.data.length } : undefined;
    for (let index = position.skip; index < page.data.length; index++) {
      const row = page.data[index]!;
      report.scanned += 1;
      report.reached = scan.describePosition?.(row);
      if (scan.isPastRange?.(row)) return finish();
      if (!scan.matches(row)) continue;
      data.push(scan.present(row, position.base + index));
      if (data.length === scan.limit) {
        return finish(index + 1 < page.data.length ? { ...position, skip: index + 1 } : afterPage);
      }
    }
    if (!afterPage) return finish();
    position = afterPage;
    if (report.scanned >= scanBound || now() - startedAt >= timeBudgetMs) {
      report.bounded = true;
      return finish(position);
    }
  }
}
