import "server-only";
import type { AntonClient } from "@/lib/anton";
import { BreakdownTally, type BatchBreakdown } from "./breakdown-tally";

/** Anton's largest page. */
const PAGE_SIZE = 100;
/** The most rows one breakdown reads (200 upstream requests); beyond it the answer says partial. */
export const BREAKDOWN_ROW_BOUND = 20_000;
/** Time one breakdown may spend reading: a slow Anton gives a partial answer, not a hang. */
export const BREAKDOWN_TIME_BUDGET_MS = 10_000;

/**
 * Reads a whole batch upstream, page after page in file order, and tallies it: counts and
 * per-currency sums by status, and the rows needing attention by status and reason. Stops
 * at `rowBound` rows or after `timeBudgetMs` and says so (`complete: false`); the request's
 * signal aborts the walk.
 */
export async function breakdownBatch(
  anton: AntonClient,
  batchId: string,
  options: { signal?: AbortSignal; rowBound?: number; timeBudgetMs?: number; now?: () => number } = {},
): Promise<BatchBreakdown> {
  const rowBound = Math.max(1, options.rowBound ?? BREAKDOWN_ROW_BOUND);
  const now = options.now ?? Date.now;
  const deadline = now() + (options.timeBudgetMs ?? BREAKDOWN_TIME_BUDGET_MS);
  const tally = new BreakdownTally();
  let cursor: string | undefined;
  for (;;) {
    const limit = Math.min(PAGE_SIZE, rowBound - tally.rows);
    const page = await anton.listBatchPayouts(batchId, { limit, cursor }, { signal: options.signal });
    for (const row of page.data) tally.add(row);
    cursor = page.has_more ? page.next_cursor : undefined;
    if (!cursor) return tally.result(batchId, true, rowBound);
    if (tally.rows >= rowBound || now() >= deadline) return tally.result(batchId, false, rowBound);
  }
}
