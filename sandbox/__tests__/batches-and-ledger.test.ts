import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Account, Balance, Batch, MerchantTransaction, Payout } from "../data/types.js";
import { startTestSandbox, type TestSandbox } from "./helpers/sandbox.js";
import { ids, walk, type PageBody } from "./helpers/walk.js";

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(() => t.sandbox.close());

describe("batches", () => {
  it("GET /v1/batches lists newest first, and filters by repeated status", async () => {
    const { items } = await walk<Batch>(t.client, "/v1/batches?limit=10");
    expect(items).toEqual(t.sandbox.data.batches);
    const filtered = await t.client.getJson<PageBody<Batch>>("/v1/batches?status=partial&status=validated&limit=100");
    expect(ids(filtered.data)).toEqual(ids(t.sandbox.data.batches.filter((b) => b.status === "partial" || b.status === "validated")));
  });

  it("refuses a bad batch status, naming it", async () => {
    const { status, body } = await t.client.getError("/v1/batches?status=done");
    expect(status).toBe(400);
    expect(body.error.details?.[0]?.field).toBe("status");
  });

  it("GET /v1/batches/{id} returns the bare batch; 404 unknown; 400 malformed", async () => {
    const batch = t.sandbox.data.batches[3]!;
    expect(await t.client.getJson<Batch>(`/v1/batches/${batch.id}`)).toEqual(batch);
    expect((await t.client.getError("/v1/batches/bat_01ZZZZZZZZZZZZZZZZZZZZZZZZ")).status).toBe(404);
    const bad = await t.client.getError("/v1/batches/batch-1");
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.[0]?.field).toBe("id");
  });

  it("GET /v1/batches/{id}/payouts keeps the file's row order, which is not creation order", async () => {
    const big = t.sandbox.data.batches.find((b) => b.total_rows === 5000)!;
    const { items, pages } = await walk<Payout>(t.client, `/v1/batches/${big.id}/payouts?limit=100`);
    expect(pages).toHaveLength(50);
    expect(ids(items)).toEqual(t.sandbox.data.batchRows.get(big.id));
    expect(items.every((p) => p.batch_id === big.id)).toBe(true);
    const byCreation = [...items].sort((a, b) => (a.created_at === b.created_at ? (a.id < b.id ? -1 : 1) : a.created_at < b.created_at ? -1 : 1));
    expect(ids(items)).not.toEqual(ids(byCreation));
    expect(ids(items)).not.toEqual(ids(byCreation).reverse());
  });

  it("a small batch is in row order too, resumable by cursor", async () => {
    const batch = t.sandbox.data.batches.find((b) => b.processed_rows >= 5 && b.processed_rows <= 60)!;
    const { items } = await walk<Payout>(t.client, `/v1/batches/${batch.id}/payouts?limit=2`);
    expect(ids(items)).toEqual(t.sandbox.data.batchRows.get(batch.id));
  });

  it("a batch that created no payouts has an empty list; an unknown one is 404", async () => {
    const validated = t.sandbox.data.batches.find((b) => b.status === "validated")!;
    expect(await t.client.getJson(`/v1/batches/${validated.id}/payouts`)).toEqual({ data: [], has_more: false });
    expect((await t.client.getError("/v1/batches/bat_01ZZZZZZZZZZZZZZZZZZZZZZZZ/payouts")).status).toBe(404);
    expect((await t.client.getError("/v1/batches/bat_x-y/payouts")).body.error.details?.[0]?.field).toBe("id");
  });
});

describe("transactions, accounts, balances", () => {
  it("GET /v1/transactions honours only limit and cursor", async () => {
    const plain = await t.client.getJson<PageBody<MerchantTransaction>>("/v1/transactions?limit=50");
    expect(ids(plain.data)).toEqual(ids(t.sandbox.data.transactions.slice(0, 50)));
    const ignored = await t.client.getJson<PageBody<MerchantTransaction>>(
      "/v1/transactions?limit=50&type=deposit&status=failed&currency=JPY&created_after=not-a-date&account_id=acc_x&sort=asc",
    );
    expect(ignored).toEqual(plain);
    const next = await t.client.getJson<PageBody<MerchantTransaction>>(`/v1/transactions?limit=50&type=fee&cursor=${plain.next_cursor}`);
    expect(ids(next.data)).toEqual(ids(t.sandbox.data.transactions.slice(50, 100)));
  });

  it("still validates limit on /v1/transactions", async () => {
    const { status, body } = await t.client.getError("/v1/transactions?limit=500&type=deposit");
    expect(status).toBe(400);
    expect(body.error.details?.[0]?.field).toBe("limit");
  });

  it("GET /v1/accounts lists one account per currency", async () => {
    const page = await t.client.getJson<PageBody<Account>>("/v1/accounts");
    expect(page.data).toEqual(t.sandbox.data.accounts);
    expect(new Set(page.data.map((a) => a.currency)).size).toBe(page.data.length);
  });

  it("GET /v1/accounts/{currency}/transactions serves that account's transactions, USDC included", async () => {
    for (const currency of ["USDC", "JPY"]) {
      const account = t.sandbox.data.accounts.find((a) => a.currency === currency)!;
      const want = t.sandbox.data.transactions.filter((x) => x.account_id === account.id);
      const page = await t.client.getJson<PageBody<MerchantTransaction>>(`/v1/accounts/${currency}/transactions?limit=100`);
      expect(ids(page.data)).toEqual(ids(want.slice(0, 100)));
      expect(page.data.every((x) => x.currency === currency)).toBe(true);
    }
  });

  it("answers 404 for a currency without an account and 400 for a malformed one", async () => {
    const chf = await t.client.getError("/v1/accounts/CHF/transactions");
    expect(chf.status).toBe(404);
    for (const bad of ["usd", "US", "USDCX", "U5D"]) {
      const res = await t.client.getError(`/v1/accounts/${bad}/transactions`);
      expect(res.status).toBe(400);
      expect(res.body.error.details?.[0]?.field).toBe("currency");
    }
  });

  it("GET /v1/balances returns {data:[{id, merchant_id, currency, available, pending, total, updated_at}]}", async () => {
    const body = await t.client.getJson<{ data: Balance[] }>("/v1/balances");
    expect(Object.keys(body)).toEqual(["data"]);
    expect(body.data).toEqual(t.sandbox.data.balances);
    for (const b of body.data) expect(Object.keys(b).sort()).toEqual(["available", "currency", "id", "merchant_id", "pending", "total", "updated_at"]);
  });
});
