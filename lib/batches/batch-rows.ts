import "server-only";
import type { AntonClient, Payout } from "@/lib/anton";
import type { BatchPayoutListQuery } from "@/lib/filters/list-queries";
import { scanFiltered, type FilteredPage } from "@/lib/lists/filtered-scan";

/** A batch's payout with its 1-based row in the uploaded file. */
export type BatchRow = Payout & { row_number: number };

/**
 * A batch's payouts in the file's row order, numbered, optionally narrowed by status and
 * destination currency (Anton's batch endpoint only pages, so we filter here).
 */
export function listBatchRows(
  anton: AntonClient,
  batchId: string,
  query: BatchPayoutListQuery,
  options: { signal?: AbortSignal; scanBound?: number } = {},
): Promise<FilteredPage<BatchRow>> {
  const { limit = 20, cursor, ...filters } = query;
  return scanFiltered({
    fetchPage: (upstreamCursor, upstreamLimit) =>
      anton.listBatchPayouts(batchId, { limit: upstreamLimit, cursor: upstreamCursor }, { signal: options.signal }),
    filters: { batchId, ...filters },
    matches: (row) => (!filters.status || filters.status.includes(row.status)) && (!filters.dest_currency || row.dest_currency === filters.dest_currency),
    present: (row, index) => ({ ...row, row_number: index + 1 }),
    limit,
    cursor,
    scanBound: options.scanBound,
    filtersRows: Boolean(filters.status || filters.dest_currency),
  });
}
