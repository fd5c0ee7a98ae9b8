import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Payout } from "../data/types.js";
import { startTestSandbox, TEST_NOW, type TestSandbox } from "./helpers/sandbox.js";
import { ids, walk, type PageBody } from "./helpers/walk.js";

let t: TestSandbox;
let payouts: Payout[];
beforeAll(async () => {
  t = await startTestSandbox();
  payouts = t.sandbox.data.payouts;
});
afterAll(() => t.sandbox.close());

/** First page (limit 100) of a filter must be the first 100 matches of the dataset, with has_more right. */
async function expectFilter(query: string, match: (p: Payout) => boolean): Promise<Payout[]> {
  const want = payouts.filter(match);
  expect(want.length).toBeGreaterThan(0);
  const page = await t.client.getJson<PageBody<Payout>>(`/v1/payouts?${query}&limit=100`);
  expect(ids(page.data)).toEqual(ids(want.slice(0, 100)));
  expect(page.has_more).toBe(want.length > 100);
  return want;
}

const enc = encodeURIComponent;

describe("GET /v1/payouts filters", () => {
  it("status, one value", async () => {
    await expectFilter("status=velocity_blocked", (p) => p.status === "velocity_blocked");
  });

  it("status, repeated: any of the values", async () => {
    const want = await expectFilter("status=sent&status=manual_review&status=created", (p) => ["sent", "manual_review", "created"].includes(p.status));
    expect(new Set(want.map((p) => p.status)).size).toBe(3);
  });

  it("beneficiary_id, instrument_id, batch_id, dest_currency", async () => {
    const sample = payouts.find((p) => p.batch_id !== undefined)!;
    await expectFilter(`beneficiary_id=${sample.beneficiary_id}`, (p) => p.beneficiary_id === sample.beneficiary_id);
    await expectFilter(`instrument_id=${sample.instrument_id}`, (p) => p.instrument_id === sample.instrument_id);
    await expectFilter(`batch_id=${sample.batch_id}`, (p) => p.batch_id === sample.batch_id);
    await expectFilter("dest_currency=KWD", (p) => p.dest_currency === "KWD");
  });

  it("reference: exact match, awkward characters included, no prefix match", async () => {
    for (const reference of ['Quote "A, B"\nand more', "日本の取引先 請求書 42", "=1+2", "ACME, Inc. invoice 2211"]) {
      await expectFilter(`reference=${enc(reference)}`, (p) => p.reference === reference);
    }
    const page = await t.client.getJson<PageBody<Payout>>(`/v1/payouts?reference=${enc("ACME, Inc.")}`);
    expect(page.data).toEqual([]);
  });

  it("created_after is inclusive (>=)", async () => {
    const pivot = payouts[150]!;
    const want = await expectFilter(`created_after=${pivot.created_at}`, (p) => p.created_at >= pivot.created_at);
    expect(want).toContain(pivot);
  });

  it("created_before is inclusive (<=)", async () => {
    const pivot = payouts[5000]!;
    const want = await expectFilter(`created_before=${pivot.created_at}`, (p) => p.created_at <= pivot.created_at);
    expect(ids(want.slice(0, 100))).toContain(pivot.id);
    const page = await t.client.getJson<PageBody<Payout>>(`/v1/payouts?created_before=${pivot.created_at}&limit=1`);
    expect(page.data[0]!.created_at).toBe(pivot.created_at);
  });

  it("a window of today, with an offset and fractional seconds", async () => {
    const dayStart = new Date(TEST_NOW).toISOString().slice(0, 10);
    const { items } = await walk<Payout>(t.client, `/v1/payouts?created_after=${enc(`${dayStart}T02:00:00.000+02:00`)}&created_before=${dayStart}T23:59:59Z&limit=100`);
    const want = payouts.filter((p) => p.created_at.startsWith(dayStart));
    expect(want.length).toBeGreaterThanOrEqual(5);
    expect(ids(items)).toEqual(ids(want));
  });

  it("filters combine with AND", async () => {
    await expectFilter("status=completed&dest_currency=JPY&created_after=2025-06-01T00:00:00Z", (p) => p.status === "completed" && p.dest_currency === "JPY" && p.created_at >= "2025-06-01T00:00:00Z");
  });

  it("ignores unknown parameters", async () => {
    const page = await t.client.getJson<PageBody<Payout>>("/v1/payouts?colour=blue&sort=asc&limit=5");
    expect(ids(page.data)).toEqual(ids(payouts.slice(0, 5)));
  });
});

describe("GET /v1/payouts refuses malformed filters with 400 naming the parameter", () => {
  it.each([
    ["status", "status=bogus"],
    ["status", "status=COMPLETED"],
    ["status", "status=completed&status=nope"],
    ["beneficiary_id", "beneficiary_id=ben-123"],
    ["beneficiary_id", "beneficiary_id=pay_01ABC"],
    ["beneficiary_id", "beneficiary_id=ben_"],
    ["instrument_id", "instrument_id=ins_12%2034"],
    ["batch_id", "batch_id=bat_x!"],
    ["dest_currency", "dest_currency=usd"],
    ["dest_currency", "dest_currency=USDC"],
    ["dest_currency", "dest_currency=US"],
    ["reference", "reference="],
    ["created_after", "created_after=2026-04-15"],
    ["created_after", "created_after=2026-02-30T00:00:00Z"],
    ["created_after", "created_after=2026-13-01T00:00:00Z"],
    ["created_after", "created_after=yesterday"],
    ["created_after", "created_after=2026-04-15T10:00:00+02:00"],
    ["created_before", "created_before=1713190200"],
    ["created_before", "created_before=2026-04-15T10:00:00"],
    ["beneficiary_id", "beneficiary_id=ben_a&beneficiary_id=ben_b"],
  ])("%s (%s)", async (field, query) => {
    const { status, body } = await t.client.getError(`/v1/payouts?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_parameter");
    expect(body.error.message).toContain(field);
    expect(body.error.details).toEqual([{ field, message: expect.any(String) }]);
  });
});

describe("GET /v1/payouts/{id}", () => {
  it("returns the bare object", async () => {
    const payout = payouts.find((p) => p.status === "completed" && p.exchange_rate !== undefined)!;
    const body = await t.client.getJson<Payout>(`/v1/payouts/${payout.id}`);
    expect(body).toEqual(payout);
    expect(body).not.toHaveProperty("data");
  });

  it("omits fields that do not apply instead of sending null", async () => {
    const created = payouts.find((p) => p.status === "created" && p.batch_id === undefined && p.exchange_rate === undefined)!;
    const text = await (await t.client.request(`/v1/payouts/${created.id}`, await t.client.mint())).text();
    expect(text).not.toContain("null");
    const body = JSON.parse(text) as Record<string, unknown>;
    for (const field of ["batch_id", "exchange_rate", "screened_at", "approved_at", "processed_at", "completed_at", "failed_at", "cancelled_at", "failure_reason", "cancelled_reason", "rail_provider", "tx_hash"]) {
      expect(body).not.toHaveProperty(field);
    }
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const unknown = await t.client.getError("/v1/payouts/pay_01ZZZZZZZZZZZZZZZZZZZZZZZZ");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("not_found");
    const malformed = await t.client.getError("/v1/payouts/bat_01ABC");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details?.[0]?.field).toBe("id");
  });
});
