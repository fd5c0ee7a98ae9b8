import { describe, expect, it } from "vitest";
import type { AntonClient } from "@/lib/anton";
import { breakdownBatch } from "../batch-breakdown";

const row = (i: number) => ({
  id: `pay_${i}`,
  status: i % 2 ? "completed" : "failed",
  source_amount: "10.00",
  source_currency: "USD",
  total_debited: "10.50",
  total_debited_currency: "USD",
});

/** A batch of `pages` pages of 100 rows; each read moves a fake clock by `msPerPage`. */
function fakeBatch(pages: number, clock: { now: number }, msPerPage: number) {
  let reads = 0;
  const anton = {
    listBatchPayouts: async (_id: string, params: { cursor?: string }) => {
      reads += 1;
      clock.now += msPerPage;
      const page = Number(params.cursor ?? 0);
      const data = Array.from({ length: 100 }, (_, i) => row(page * 100 + i));
      return page + 1 < pages ? { data, has_more: true, next_cursor: String(page + 1) } : { data, has_more: false };
    },
  } as unknown as AntonClient;
  return { anton, reads: () => reads };
}

describe("breakdownBatch", () => {
  it("reads the whole batch and says it is complete", async () => {
    const clock = { now: 0 };
    const { anton, reads } = fakeBatch(5, clock, 10);
    const result = await breakdownBatch(anton, "bat_1", { now: () => clock.now });
    expect(result).toMatchObject({ rows: 500, complete: true });
    expect(reads()).toBe(5);
  });

  it("answers partial, with the rows it read, once a slow upstream uses its time budget", async () => {
    const clock = { now: 0 };
    const { anton, reads } = fakeBatch(50, clock, 3_000);
    const result = await breakdownBatch(anton, "bat_1", { now: () => clock.now, timeBudgetMs: 10_000 });
    expect(result).toMatchObject({ rows: 400, complete: false });
    expect(reads()).toBe(4);
  });
});
