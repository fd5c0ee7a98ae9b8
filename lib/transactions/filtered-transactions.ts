import "server-only";
import type { AntonClient, MerchantTransaction } from "@/lib/anton";
import type { TransactionListQuery } from "@/lib/filters/list-queries";
import { decodeScanCursor, encodeScanCursor, filterFingerprint, type ScanPosition } from "./scan-cursor";

/** Anton's page size when we scan: the most rows per upstream request. */
const UPSTREAM_PAGE = 100;
/** Rows one request may read upstream before it answers with what it has. */
export const DEFAULT_SCAN_BOUND = 5_000;

export interface ScanReport {
  /** Upstream rows read for this page. */
  scanned: number;
  /** created_at of the last row read: how far back the scan got. */
  reached?: string;
  /** True when this page stopped at the scan bound rather than a full page or the end. */
  bounded: boolean;
}

export interface FilteredTransactionsPage {
  data: MerchantTransaction[];
  has_more: boolean;
  next_cursor?: string;
  scan: ScanReport;
}

function matcher(query: TransactionListQuery) {
  const after = query.created_after ? Date.parse(query.created_after) : undefined;
  const before = query.created_before ? Date.parse(query.created_before) : undefined;
  return {
    /** Newest first upstream: once a row is older than created_after, nothing later matches. */
    isPastRange: (row: MerchantTransaction) => after !== undefined && Date.parse(row.created_at) < after,
    matches: (row: MerchantTransaction) =>
      (!query.type || query.type.includes(row.type)) &&
      (!query.status || query.status.includes(row.status)) &&
      (before === undefined || Date.parse(row.created_at) <= before),
  };
}

/**
 * Anton's transaction lists honour only limit and cursor, so type, status and time range
 * are applied here: read upstream pages until a page of matches is full, the range is
 * passed, the list ends, or the scan bound is hit. The filters are still sent upstream,
 * so the day Anton applies them, this only re-checks what it already filtered.
 */
export async function listFilteredTransactions(
  anton: AntonClient,
  query: TransactionListQuery,
  options: { signal?: AbortSignal; scanBound?: number } = {},
): Promise<FilteredTransactionsPage> {
  const { limit = 20, cursor, ...filters } = query;
  const fingerprint = filterFingerprint(filters);
  let position: ScanPosition = cursor ? decodeScanCursor(cursor, fingerprint) : { skip: 0 };
  const { isPastRange, matches } = matcher(query);
  // Without row filters every upstream row is a match: read just a page's worth.
  const upstreamLimit = filters.type || filters.status || filters.created_after || filters.created_before ? UPSTREAM_PAGE : limit;
  const scanBound = options.scanBound ?? DEFAULT_SCAN_BOUND;
  const data: MerchantTransaction[] = [];
  const scan: ScanReport = { scanned: 0, bounded: false };
  const finish = (next?: ScanPosition): FilteredTransactionsPage =>
    next ? { data, has_more: true, next_cursor: encodeScanCursor(next, fingerprint), scan } : { data, has_more: false, scan };

  for (;;) {
    const page = await anton.listTransactions({ ...filters, limit: upstreamLimit, cursor: position.upstream }, { signal: options.signal });
    const afterPage: ScanPosition | undefined = page.has_more && page.next_cursor ? { upstream: page.next_cursor, skip: 0 } : undefined;
    for (let index = position.skip; index < page.data.length; index++) {
      const row = page.data[index]!;
      scan.scanned += 1;
      scan.reached = row.created_at;
      if (isPastRange(row)) return finish();
      if (!matches(row)) continue;
      data.push(row);
      if (data.length === limit) {
        const resumeHere = index + 1 < page.data.length ? { ...position, skip: index + 1 } : afterPage;
        return finish(resumeHere);
      }
    }
    if (!afterPage) return finish();
    position = afterPage;
    if (scan.scanned >= scanBound) {
      scan.bounded = true;
      return finish(position);
    }
  }
}
