import "server-only";
import type { AntonClient, MerchantTransaction } from "@/lib/anton";
import type { TransactionListQuery } from "@/lib/filters/list-queries";
import { scanFiltered, type FilteredPage } from "@/lib/lists/filtered-scan";

/**
 * Anton's transaction lists honour only limit and cursor, so type, status and time range
 * are applied here. Upstream is newest first, so the scan ends at the first row older than
 * created_after. The filters are still sent upstream: the day Anton applies them, this only
 * re-checks what it already filtered.
 */
export function listFilteredTransactions(
  anton: AntonClient,
  query: TransactionListQuery,
  options: { signal?: AbortSignal; scanBound?: number } = {},
): Promise<FilteredPage<MerchantTransaction>> {
  const { limit = 20, cursor, ...filters } = query;
  const after = filters.created_after ? Date.parse(filters.created_after) : undefined;
  const before = filters.created_before ? Date.parse(filters.created_before) : undefined;
  return scanFiltered({
    fetchPage: (upstreamCursor, upstreamLimit) =>
      anton.listTransactions({ ...filters, limit: upstreamLimit, cursor: upstreamCursor }, { signal: options.signal }),
    filters,
    matches: (row) =>
      (!filters.type || filters.type.includes(row.type)) &&
      (!filters.status || filters.status.includes(row.status)) &&
      (before === undefined || Date.parse(row.created_at) <= before),
    isPastRange: (row) => after !== undefined && Date.parse(row.created_at) < after,
    describePosition: (row) => row.created_at,
    present: (row) => row,
    limit,
    cursor,
    scanBound: options.scanBound,
    filtersRows: Boolean(filters.type || filters.status || after !== undefined || before !== undefined),
  });
}
