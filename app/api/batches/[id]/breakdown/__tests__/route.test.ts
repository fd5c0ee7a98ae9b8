import Big from "big.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BatchBreakdown, CurrencyAmount } from "@/lib/batches/breakdown-tally";
import { callRoute, startSandboxFixture, type SandboxFixture } from "@/test/sandbox-fixture";

type Handler = Parameters<typeof callRoute>[0];

let fixture: SandboxFixture;
let GET: Handler;

beforeAll(async () => {
  fixture = await startSandboxFixture({ key: "ES256" });
  GET = (await fixture.importRoute<{ GET: Handler }>("batches/[id]/breakdown")).GET;
});
afterAll(() => fixture.close());

const upstreamBatchPages = (batchId: string) =>
  fixture.sandbox.stats.requests.filter((request) => request.path === `/v1/batches/${batchId}/payouts`).length;

/** The breakdown computed independently from the sandbox's own rows, with big.js. */
function expectedFor(batchId: string) {
  const byId = new Map(fixture.sandbox.data.payouts.map((p) => [p.id, p]));
  const rows = fixture.sandbox.data.batchRows.get(batchId)!.map((id) => byId.get(id)!);
  const counts: Record<string, number> = {};
  const source: Record<string, Record<string, Big>> = {};
  const debited: Record<string, Record<string, Big>> = {};
  for (const p of rows) {
    counts[p.status] = (counts[p.status] ?? 0) + 1;
    const s = (source[p.status] ??= {});
    s[p.source_currency] = (s[p.source_currency] ?? new Big(0)).plus(p.source_amount);
    const d = (debited[p.status] ??= {});
    d[p.total_debited_currency] = (d[p.total_debited_currency] ?? new Big(0)).plus(p.total_debited);
  }
  return { rows, counts, source, debited };
}

const asBig = (amounts: CurrencyAmount[]) => Object.fromEntries(amounts.map((a) => [a.currency, new Big(a.amount).toFixed()]));
const bigsToText = (sums: Record<string, Big>) => Object.fromEntries(Object.entries(sums).map(([c, v]) => [c, v.toFixed()]));

describe("GET /api/batches/{id}/breakdown over the real sandbox", () => {
  it("tallies the whole 5,000-row batch exactly, reading it 100 rows per upstream request", async () => {
    const batch = fixture.sandbox.data.batches.find((b) => fixture.sandbox.data.batchRows.get(b.id)?.length === 5000)!;
    expect(batch).toBeDefined();
    const before = upstreamBatchPages(batch.id);

    const response = await callRoute(GET, `/api/batches/${batch.id}/breakdown`, { id: batch.id });
    expect(response.status).toBe(200);
    const body = (await response.json()) as BatchBreakdown;

    expect(upstreamBatchPages(batch.id) - before).toBe(Math.ceil(5000 / 100));
    expect(body).toMatchObject({ batch_id: batch.id, rows: 5000, complete: true });
    const expected = expectedFor(batch.id);
    expect(Object.fromEntries(body.statuses.map((s) => [s.status, s.count]))).toEqual(expected.counts);
    for (const status of body.statuses) {
      expect(asBig(status.source_amount)).toEqual(bigsToText(expected.source[status.status]!));
      expect(asBig(status.total_debited)).toEqual(bigsToText(expected.debited[status.status]!));
    }
    expect(body.totals.count).toBe(5000);
  });

  it("groups a mixed batch's rows needing attention by status and reason", async () => {
    const attention = new Set(["failed", "returned", "screening_failed", "velocity_blocked", "manual_review", "cancelled"]);
    const byId = new Map(fixture.sandbox.data.payouts.map((p) => [p.id, p]));
    const [batchId] = [...fixture.sandbox.data.batchRows.entries()]
      .map(([id, ids]) => [id, ids.filter((pid) => attention.has(byId.get(pid)!.status)).length] as const)
      .sort((a, b) => b[1] - a[1])[0]!;
    const response = await callRoute(GET, `/api/batches/${batchId}/breakdown`, { id: batchId });
    const body = (await response.json()) as BatchBreakdown;
    const { rows, counts } = expectedFor(batchId);
    expect(body.rows).toBe(rows.length);
    expect(Object.fromEntries(body.statuses.map((s) => [s.status, s.count]))).toEqual(counts);

    const groups = new Map<string, { count: number; atRisk: Record<string, Big> }>();
    for (const p of rows.filter((r) => attention.has(r.status))) {
      const reason = (p.status === "cancelled" ? p.cancelled_reason : p.failure_reason) ?? null;
      const key = `${p.status}|${reason}`;
      const group = groups.get(key) ?? { count: 0, atRisk: {} };
      group.count += 1;
      group.atRisk[p.source_currency] = (group.atRisk[p.source_currency] ?? new Big(0)).plus(p.source_amount);
      groups.set(key, group);
    }
    expect(groups.size).toBeGreaterThan(0);
    expect(new Map(body.needs_attention.map((g) => [`${g.status}|${g.reason}`, { count: g.count, atRisk: asBig(g.amount_at_risk) }]))).toEqual(
      new Map([...groups].map(([key, g]) => [key, { count: g.count, atRisk: bigsToText(g.atRisk) }])),
    );
  });

  it("stops at the row bound and says it is partial", async () => {
    const { breakdownBatch } = await import("@/lib/batches/batch-breakdown");
    const { getAntonClient } = await import("@/lib/anton");
    const batch = fixture.sandbox.data.batches.find((b) => fixture.sandbox.data.batchRows.get(b.id)?.length === 5000)!;
    const result = await breakdownBatch(getAntonClient(), batch.id, { rowBound: 250 });
    expect(result).toMatchObject({ rows: 250, complete: false, row_bound: 250 });
  });

  it("refuses a malformed id with a 400 before going upstream, and answers 404 for an unknown batch", async () => {
    const before = fixture.sandbox.stats.requests.length;
    const malformed = await callRoute(GET, "/api/batches/pay_123/breakdown", { id: "pay_123" });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { message: string } }).error.message).toContain('"id"');
    expect(fixture.sandbox.stats.requests.length).toBe(before);

    const unknown = await callRoute(GET, "/api/batches/bat_00000000000000000000000000/breakdown", { id: "bat_00000000000000000000000000" });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});
