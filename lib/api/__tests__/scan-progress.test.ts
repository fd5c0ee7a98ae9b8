import { describe, expect, it } from "vitest";
import { accumulateScan, AUTO_CONTINUE_BELOW, AUTO_SCAN_BUDGET, budgetSpent, scanFraction, scanPhase, shouldContinueScan, type ContinueState, type ScannedPage } from "../scan-progress";

const page = (matches: number, scan: ScannedPage<unknown>["scan"], hasMore = true): ScannedPage<unknown> => ({
  data: Array.from({ length: matches }, (_, i) => ({ i })),
  has_more: hasMore,
  ...(hasMore ? { next_cursor: "c" } : {}),
  ...(scan ? { scan } : {}),
});

describe("accumulateScan", () => {
  it("adds scanned rows and matches across pages and keeps the last position reached", () => {
    const progress = accumulateScan([
      page(3, { scanned: 5000, reached: "2026-10-01T00:00:00Z", bounded: true }),
      page(34, { scanned: 5000, reached: "2026-08-15T12:00:00Z", bounded: true }),
      page(0, { scanned: 2400, reached: "2026-07-02T09:30:00Z", bounded: true }),
    ]);
    expect(progress).toEqual({ scanned: 12_400, matched: 37, reached: "2026-07-02T09:30:00Z", bounded: true, complete: false });
  });

  it("keeps an earlier position when the last page reports none, and is complete on the last page", () => {
    const progress = accumulateScan([page(10, { scanned: 5000, reached: "2026-10-01T00:00:00Z", bounded: true }), page(0, { scanned: 0, bounded: false }, false)]);
    expect(progress.reached).toBe("2026-10-01T00:00:00Z");
    expect(progress.bounded).toBe(false);
    expect(progress.complete).toBe(true);
  });

  it("counts a page without a scan report as having read its own rows", () => {
    expect(accumulateScan([page(100, undefined)])).toMatchObject({ scanned: 100, matched: 100, bounded: false });
  });

  it("reports nothing for no pages", () => {
    expect(accumulateScan([])).toEqual({ scanned: 0, matched: 0, bounded: false, complete: false });
  });
});

const state = (overrides: Partial<ContinueState> & { matched?: number; bounded?: boolean; complete?: boolean } = {}): ContinueState => {
  const { matched = 5, bounded = true, complete = false, ...rest } = overrides;
  return {
    progress: { scanned: 5000, matched, bounded, complete },
    hasNextPage: !complete,
    isFetching: false,
    failed: false,
    stopped: false,
    ...rest,
  };
};

describe("shouldContinueScan", () => {
  it("continues a bounded scan with few matches", () => {
    expect(shouldContinueScan(state())).toBe(true);
  });

  it("waits for the reader once a page's worth has matched", () => {
    expect(shouldContinueScan(state({ matched: AUTO_CONTINUE_BELOW - 1 }))).toBe(true);
    expect(shouldContinueScan(state({ matched: AUTO_CONTINUE_BELOW }))).toBe(false);
  });

  it("does not continue a page that ended full rather than at the bound", () => {
    expect(shouldContinueScan(state({ bounded: false }))).toBe(false);
  });

  it("does not continue when stopped, failed, already fetching, or at the end", () => {
    expect(shouldContinueScan(state({ stopped: true }))).toBe(false);
    expect(shouldContinueScan(state({ failed: true }))).toBe(false);
    expect(shouldContinueScan(state({ isFetching: true }))).toBe(false);
    expect(shouldContinueScan(state({ hasNextPage: false }))).toBe(false);
  });
});

describe("scanPhase", () => {
  it("is searching while a page is on its way or about to be asked for", () => {
    expect(scanPhase(state())).toBe("searching");
    expect(scanPhase(state({ bounded: false, isFetching: true }))).toBe("searching");
    expect(scanPhase(state({ hasNextPage: false, matched: 0, bounded: false }))).toBe("searching");
  });

  it("is stopped when the reader stopped with more to read, even mid-request", () => {
    expect(scanPhase(state({ stopped: true }))).toBe("stopped");
    expect(scanPhase(state({ stopped: true, isFetching: true }))).toBe("stopped");
  });

  it("is failed when the last request failed and nothing is in flight", () => {
    expect(scanPhase(state({ failed: true }))).toBe("failed");
    expect(scanPhase(state({ failed: true, isFetching: true }))).toBe("searching");
  });

  it("is more when enough matched and the rest waits for scrolling, done at the end", () => {
    expect(scanPhase(state({ matched: 150 }))).toBe("more");
    expect(scanPhase(state({ complete: true }))).toBe("done");
  });
});

describe("scanFraction", () => {
  it("is the share of the range read, newest to oldest", () => {
    expect(scanFraction("2026-01-16T00:00:00Z", "2026-01-01T00:00:00Z", "2026-01-31T00:00:00Z")).toBe(0.5);
  });

  it("is clamped to 0..1", () => {
    expect(scanFraction("2025-12-01T00:00:00Z", "2026-01-01T00:00:00Z", "2026-01-31T00:00:00Z")).toBe(1);
    expect(scanFraction("2026-02-05T00:00:00Z", "2026-01-01T00:00:00Z", "2026-01-31T00:00:00Z")).toBe(0);
  });

  it("is unknown without a lower bound, a position, or a sensible range", () => {
    expect(scanFraction("2026-01-16T00:00:00Z", undefined, "2026-01-31T00:00:00Z")).toBeUndefined();
    expect(scanFraction(undefined, "2026-01-01T00:00:00Z", "2026-01-31T00:00:00Z")).toBeUndefined();
    expect(scanFraction("2026-01-16T00:00:00Z", "2026-01-31T00:00:00Z", "2026-01-01T00:00:00Z")).toBeUndefined();
    expect(scanFraction("not a date", "2026-01-01T00:00:00Z", "2026-01-31T00:00:00Z")).toBeUndefined();
  });
});

describe("budgetSpent", () => {
  const progress = (scanned: number, bounded = true, complete = false) => ({ scanned, matched: 0, bounded, complete });

  it("pauses a bounded search after its budget, counted from the last resume", () => {
    expect(budgetSpent(progress(AUTO_SCAN_BUDGET - 1), 0)).toBe(false);
    expect(budgetSpent(progress(AUTO_SCAN_BUDGET), 0)).toBe(true);
    expect(budgetSpent(progress(AUTO_SCAN_BUDGET + 10_000), 10_000)).toBe(true);
    expect(budgetSpent(progress(AUTO_SCAN_BUDGET + 10_000), 10_001)).toBe(false);
  });

  it("never pauses a finished search or one that filled a page", () => {
    expect(budgetSpent(progress(10 * AUTO_SCAN_BUDGET, true, true), 0)).toBe(false);
    expect(budgetSpent(progress(10 * AUTO_SCAN_BUDGET, false), 0)).toBe(false);
  });
});
