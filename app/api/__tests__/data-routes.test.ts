import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRoute, startSandboxFixture, type SandboxFixture } from "@/test/sandbox-fixture";

type Handler = Parameters<typeof callRoute>[0];
type RouteModule = { GET: Handler };

let fixture: SandboxFixture;
const routes: Record<string, Handler> = {};

beforeAll(async () => {
  fixture = await startSandboxFixture({ key: "ES256" });
  for (const path of ["payouts", "payouts/[id]", "batches", "batches/[id]", "batches/[id]/payouts", "balances", "transactions"]) {
    routes[path] = (await fixture.importRoute<RouteModule>(path)).GET;
  }
});
afterAll(() => fixture.close());

const route = (path: string) => routes[path]!;
const upstreamCalls = () => fixture.sandbox.stats.requests.filter((request) => request.path.startsWith("/v1/")).length;

describe("the data API over the real sandbox", () => {
  it("pages through payouts newest first, exactly as the sandbox holds them", async () => {
    const first = await callRoute(route("payouts"), "/api/payouts?limit=7");
    expect(first.status).toBe(200);
    const page1 = (await first.json()) as { data: { id: string }[]; has_more: boolean; next_cursor: string };
    expect(page1.data.map((p) => p.id)).toEqual(fixture.sandbox.data.payouts.slice(0, 7).map((p) => p.id));
    expect(page1.has_more).toBe(true);

    const second = await callRoute(route("payouts"), `/api/payouts?limit=7&cursor=${page1.next_cursor}`);
    const page2 = (await second.json()) as { data: { id: string }[] };
    expect(page2.data.map((p) => p.id)).toEqual(fixture.sandbox.data.payouts.slice(7, 14).map((p) => p.id));
  });

  it("forwards every filter, repeated statuses included", async () => {
    const response = await callRoute(route("payouts"), "/api/payouts?status=failed&status=returned&dest_currency=EUR&limit=100");
    const body = (await response.json()) as { data: { id: string }[] };
    const expected = fixture.sandbox.data.payouts
      .filter((p) => (p.status === "failed" || p.status === "returned") && p.dest_currency === "EUR")
      .slice(0, 100)
      .map((p) => p.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(body.data.map((p) => p.id)).toEqual(expected);
  });

  it.each([
    ["/api/payouts?status=lost", "status"],
    ["/api/payouts?limit=101", "limit"],
    ["/api/payouts?dest_currency=eur", "dest_currency"],
    ["/api/payouts?created_after=last-week", "created_after"],
    ["/api/payouts?url=http://evil.test/", "url"],
    ["/api/payouts?cursor=../../v1/balances", "cursor"],
    ["/api/batches?status=done", "status"],
    ["/api/transactions?type=wire", "type"],
    ["/api/balances?currency=USD", "currency"],
  ])("refuses %s with a 400 naming %s, before anything goes upstream", async (url, parameter) => {
    const before = upstreamCalls();
    const path = url.startsWith("/api/payouts") ? "payouts" : url.startsWith("/api/batches") ? "batches" : url.split("?")[0]!.slice(5);
    const response = await callRoute(route(path), url);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("invalid_parameter");
    expect(body.error.message).toContain(`"${parameter}"`);
    expect(upstreamCalls()).toBe(before);
  });

  it.each([
    ["payouts/[id]", { id: "pay_../../oauth/token" }],
    ["payouts/[id]", { id: "https://evil.test" }],
    ["batches/[id]", { id: "bat_%2F..%2Fpayouts" }],
    ["batches/[id]/payouts", { id: "ben_123" }],
  ])("refuses a malformed id in %s before anything goes upstream", async (path, params) => {
    const before = upstreamCalls();
    const response = await callRoute(route(path), `/api/${path}`, params);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('"id"');
    expect(upstreamCalls()).toBe(before);
  });

  it("returns one payout bare, and a 404 with Anton's request id for an unknown one", async () => {
    const known = fixture.sandbox.data.payouts[42]!;
    const found = await callRoute(route("payouts/[id]"), `/api/payouts/${known.id}`, { id: known.id });
    expect(found.status).toBe(200);
    expect(await found.json()).toEqual(JSON.parse(JSON.stringify(known)));

    const missing = await callRoute(route("payouts/[id]"), "/api/payouts/pay_00000000000000000000000000", { id: "pay_00000000000000000000000000" });
    expect(missing.status).toBe(404);
    const body = (await missing.json()) as { error: { code: string; request_id?: string } };
    expect(body.error.code).toBe("not_found");
    expect(body.error.request_id).toMatch(/^req_/);
  });

  it("lists a batch's payouts in the file's row order", async () => {
    const [batchId, rowIds] = [...fixture.sandbox.data.batchRows.entries()].find(([, ids]) => ids.length > 30)!;
    const batch = await callRoute(route("batches/[id]"), `/api/batches/${batchId}`, { id: batchId });
    expect(((await batch.json()) as { id: string }).id).toBe(batchId);
    const response = await callRoute(route("batches/[id]/payouts"), `/api/batches/${batchId}/payouts?limit=30`, { id: batchId });
    const body = (await response.json()) as { data: { id: string }[] };
    expect(body.data.map((p) => p.id)).toEqual(rowIds.slice(0, 30));
  });

  it("narrows a batch by status on our server, keeping file order and row numbers", async () => {
    const byId = new Map(fixture.sandbox.data.payouts.map((p) => [p.id, p]));
    const attention = new Set(["failed", "returned", "cancelled", "screening_failed"]);
    const attentionCount = (ids: string[]) => ids.filter((id) => attention.has(byId.get(id)!.status)).length;
    const [batchId, rowIds] = [...fixture.sandbox.data.batchRows.entries()].sort(([, a], [, b]) => attentionCount(b) - attentionCount(a))[0]!;
    const expected = rowIds
      .map((id, index) => ({ id, row_number: index + 1, payout: byId.get(id)! }))
      .filter(({ payout }) => attention.has(payout.status));
    expect(expected.length).toBeGreaterThan(0);

    const rows: { id: string; row_number: number }[] = [];
    let cursor: string | undefined;
    do {
      const query = `status=failed&status=returned&status=cancelled&status=screening_failed&limit=25${cursor ? `&cursor=${cursor}` : ""}`;
      const response = await callRoute(route("batches/[id]/payouts"), `/api/batches/${batchId}/payouts?${query}`, { id: batchId });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data: { id: string; row_number: number }[]; next_cursor?: string };
      rows.push(...body.data);
      cursor = body.next_cursor;
    } while (cursor);
    expect(rows.map(({ id, row_number }) => ({ id, row_number }))).toEqual(expected.map(({ id, row_number }) => ({ id, row_number })));
  });

  it("lists batches, balances and transactions", async () => {
    const batches = (await (await callRoute(route("batches"), "/api/batches?status=completed&limit=5")).json()) as { data: { status: string }[] };
    expect(batches.data.length).toBeGreaterThan(0);
    expect(batches.data.every((b) => b.status === "completed")).toBe(true);

    const balances = (await (await callRoute(route("balances"), "/api/balances")).json()) as { data: { currency: string }[] };
    expect(balances.data.map((b) => b.currency).sort()).toEqual(fixture.sandbox.data.balances.map((b) => b.currency).sort());

    const transactions = (await (await callRoute(route("transactions"), "/api/transactions?limit=3")).json()) as { data: { id: string }[] };
    expect(transactions.data.map((t) => t.id)).toEqual(fixture.sandbox.data.transactions.slice(0, 3).map((t) => t.id));
  });

  it("never shows a token, proof or secret in what it returns", async () => {
    const response = await callRoute(route("payouts"), "/api/payouts?limit=2");
    const text = await response.text();
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]+\.eyJ/); // no JWT
    expect(text).not.toContain(process.env.ANTON_CLIENT_SECRET!);
  });
});
