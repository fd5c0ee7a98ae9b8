import { describe, expect, it } from "vitest";
import type { Page } from "@/lib/anton";
import { DEFAULT_SCAN_TIME_BUDGET_MS, scanFiltered, type FilteredScan } from "../filtered-scan";

// The time bound of a filtered scan: a slow upstream ends one request early (with a cursor
// to resume from), instead of making it wait for every page up to the row bound.

interface Row {
  id: number;
}

/** An upstream of `total` rows, 100 a page, whose every page costs `msPerPage` on a fake clock. */
function slowUpstream(total: number, msPerPage: number) {
  const clock = { ms: 0 };
  let reads = 0;
  const fetchPage = (cursor: string | undefined, limit: number): Promise<Page<Row>> => {
    reads += 1;
    clock.ms += msPerPage;
    const from = cursor ? Number(cursor.slice(1)) : 0;
    const data = Array.from({ length: Math.min(limit, total - from) }, (_, i) => ({ id: from + i }));
    const next = from + data.length;
    return Promise.resolve(next < total ? { data, has_more: true, next_cursor: `c${next}` } : { data, has_more: false });
  };
  return { clock, fetchPage, reads: () => reads };
}

const scanOf = (upstream: ReturnType<typeof slowUpstream>, extra: Partial<FilteredScan<Row>> = {}): FilteredScan<Row> => ({
  fetchPage: upstream.fetchPage,
  filters: { id: "499 mod 500" },
  matches: (row) => row.id % 500 === 499,
  present: (row) => row,
  limit: 20,
  filtersRows: true,
  now: () => upstream.clock.ms,
  ...extra,
});

describe("scanFiltered time budget", () => {
  it("stops starting pages once the budget is spent, says it is bounded, and resumes where it stopped", async () => {
    const upstream = slowUpstream(20_000, 2_000);
    const first = await scanFiltered(scanOf(upstream, { scanTimeBudgetMs: 5_000 }));
    // Pages end at 2 s, 4 s, 6 s: the third crosses the budget, so no fourth is started.
    expect(upstream.reads()).toBe(3);
    expect(first).toMatchObject({ has_more: true, scan: { scanned: 300, bounded: true } });
    expect(first.data).toEqual([]);

    const next = await scanFiltered(scanOf(upstream, { scanTimeBudgetMs: 5_000, cursor: first.next_cursor }));
    expect(upstream.reads()).toBe(6);
    expect(next.scan.scanned).toBe(300);
    expect(next.data).toEqual([{ id: 499 }]);
  });

  it("always reads one page, however slow", async () => {
    const upstream = slowUpstream(20_000, 60_000);
    const page = await scanFiltered(scanOf(upstream));
    expect(upstream.reads()).toBe(1);
    expect(page).toMatchObject({ has_more: true, scan: { scanned: 100, bounded: true } });
  });

  it("a quick upstream is bounded by rows, not time (default budget)", async () => {
    const upstream = slowUpstream(20_000, DEFAULT_SCAN_TIME_BUDGET_MS / 100);
    const page = await scanFiltered(scanOf(upstream));
    expect(page.scan).toMatchObject({ scanned: 5_000, bounded: true });
    expect(page.data.map((row) => row.id)).toEqual([499, 999, 1499, 1999, 2499, 2999, 3499, 3999, 4499, 4999]);
  });
});
