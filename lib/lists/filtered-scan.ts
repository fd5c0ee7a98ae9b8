import "server-only";
import type { Page } from "@/lib/anton";
import { decodeScanCursor, encodeScanCursor, filterFingerprint, type ScanPosition } from "./scan-cursor";

/** Rows one request may read upstream before it answers with what it has. */
export const DEFAULT_SCAN_BOUND = 5_000;
/** Anton's largest page: what we ask for when we filter ourselves. */
export const UPSTREAM_PAGE = 100;

export interface ScanReport {
  /** Upstream rows read for this page. */
  scanned: number;
  /** Where the scan got to (e.g. the created_at of the last row read). */
  reached?: string;
  /** True when this page stopped at the scan bound rather than a full page or the end. */
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
  /** Without row filters every row matches: read only a page's worth upstream. */
  filtersRows: boolean;
}

/**
 * A page of matches from an upstream list that cannot filter what we need: read upstream
 * pages until the page is full, the range is passed, the list ends, or the scan bound is
 * hit. Our cursor remembers the upstream page and the rows of it already handed out, so a
 * page may end mid-upstream-page without losing or repeating a row.
 */
export async function scanFiltered<T, R>(scan: FilteredScan<T, R>): Promise<FilteredPage<R>> {
  const fingerprint = filterFingerprint(scan.filters);
  let position: ScanPosition = scan.cursor ? decodeScanCursor(scan.cursor, fingerprint) : { skip: 0, base: 0 };
  const upstreamLimit = scan.filtersRows ? UPSTREAM_PAGE : scan.limit;
  const scanBound = scan.scanBound ?? DEFAULT_SCAN_BOUND;
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
    if (report.scanned >= scanBound) {
      report.bounded = true;
      return finish(position);
    }
  }
}
