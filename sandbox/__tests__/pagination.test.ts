import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Payout } from "../data/types.js";
import { startTestSandbox, type TestSandbox } from "./helpers/sandbox.js";
import { ids, walk, type PageBody } from "./helpers/walk.js";

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(() => t.sandbox.close());

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("cursor pagination", () => {
  it("walks every page of a filtered list and returns exactly the filtered data, in order", async () => {
    const want = t.sandbox.data.payouts.filter((p) => (p.status === "failed" || p.status === "returned") && p.dest_currency === "EUR");
    expect(want.length).toBeGreaterThan(100);
    const { items, pages } = await walk<Payout>(t.client, "/v1/payouts?status=failed&status=returned&dest_currency=EUR&limit=37");
    expect(ids(items)).toEqual(ids(want));
    expect(items).toEqual(want);
    for (const page of pages.slice(0, -1)) {
      expect(page.data).toHaveLength(37);
      expect(page.has_more).toBe(true);
      expect(typeof page.next_cursor).toBe("string");
    }
    const last = pages[pages.length - 1]!;
    expect(last.has_more).toBe(false);
    expect(Object.keys(last)).not.toContain("next_cursor");
  });

  it("orders newest first by created_at, then id", async () => {
    const { data } = await t.client.getJson<PageBody<Payout>>("/v1/payouts?limit=100");
    for (let i = 1; i < data.length; i++) {
      const [a, b] = [data[i - 1]!, data[i]!];
      expect(a.created_at > b.created_at || (a.created_at === b.created_at && a.id > b.id)).toBe(true);
    }
  });

  it("defaults to 20 items and accepts 1 and 100", async () => {
    expect((await t.client.getJson<PageBody<Payout>>("/v1/payouts")).data).toHaveLength(20);
    expect((await t.client.getJson<PageBody<Payout>>("/v1/payouts?limit=1")).data).toHaveLength(1);
    expect((await t.client.getJson<PageBody<Payout>>("/v1/payouts?limit=100")).data).toHaveLength(100);
  });

  it("can end on a full page: has_more is the stop signal", async () => {
    const counts = new Map<string, number>();
    for (const p of t.sandbox.data.payouts) counts.set(p.beneficiary_id, (counts.get(p.beneficiary_id) ?? 0) + 1);
    const [beneficiary, count] = [...counts].find(([, n]) => n >= 3 && n <= 100)!;
    const page = await t.client.getJson<PageBody<Payout>>(`/v1/payouts?beneficiary_id=${beneficiary}&limit=${count}`);
    expect(page.data).toHaveLength(count);
    expect(page.has_more).toBe(false);
    expect(page).not.toHaveProperty("next_cursor");
  });

  it("resumes right after the item the cursor names", async () => {
    const third = t.sandbox.data.payouts[2]!;
    const page = await t.client.getJson<PageBody<Payout>>(`/v1/payouts?limit=2&cursor=${cursorOf({ id: third.id })}`);
    expect(ids(page.data)).toEqual(ids(t.sandbox.data.payouts.slice(3, 5)));
  });

  it.each([
    ["not base64url", "!!!"],
    ["base64url of something that is not JSON", Buffer.from("hello").toString("base64url")],
    ["padded base64", `${cursorOf({ id: "pay_x" })}==`],
    ["a JSON array", cursorOf(["pay_x"])],
    ["an id that is not a string", cursorOf({ id: 42 })],
    ["extra members", cursorOf({ id: "pay_x", offset: 3 })],
    ["an id not in the list", cursorOf({ id: "pay_01ZZZZZZZZZZZZZZZZZZZZZZZZ" })],
    ["an id from another list", "BATCH"],
    ["an empty value", ""],
  ])("refuses a cursor that is %s with 400 naming cursor", async (_, cursor) => {
    const value = cursor === "BATCH" ? cursorOf({ id: t.sandbox.data.batches[0]!.id }) : cursor;
    const { status, body } = await t.client.getError(`/v1/payouts?cursor=${value}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_parameter");
    expect(body.error.message).toMatch(/cursor/);
    expect(body.error.details).toEqual([{ field: "cursor", message: expect.any(String) }]);
  });

  it.each(["0", "101", "abc", "-1", "1.5", "", "1e2", "020"])("refuses limit=%s with 400 naming limit", async (limit) => {
    const { status, body } = await t.client.getError(`/v1/payouts?limit=${limit}`);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/limit/);
    expect(body.error.details?.[0]?.field).toBe("limit");
  });

  it("refuses a repeated limit", async () => {
    const { status, body } = await t.client.getError("/v1/payouts?limit=5&limit=6");
    expect(status).toBe(400);
    expect(body.error.details?.[0]?.field).toBe("limit");
  });

  it("validates limit and cursor on every list", async () => {
    const batch = t.sandbox.data.batches.find((b) => b.processed_rows > 0)!;
    for (const path of ["/v1/batches", `/v1/batches/${batch.id}/payouts`, "/v1/transactions", "/v1/accounts", "/v1/accounts/EUR/transactions"]) {
      expect((await t.client.getError(`${path}?limit=0`)).status).toBe(400);
      expect((await t.client.getError(`${path}?cursor=nope`)).status).toBe(400);
    }
  });
});
