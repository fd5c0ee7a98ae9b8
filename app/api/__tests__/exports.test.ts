import Big from "big.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MerchantTransaction } from "@/sandbox/data/types";
import { expectedText, expectedTime, readBody, sumByCurrency } from "@/test/export-helpers";
import { parseExport, type ExportFile } from "@/test/parse-csv";
import { callRoute, startSandboxFixture, type SandboxFixture } from "@/test/sandbox-fixture";

// The exports over the real sandbox: each file is parsed with a test-only RFC 4180 reader
// and compared, row for row, with the sandbox's own data filtered the same way.

type Handler = Parameters<typeof callRoute>[0];
let fixture: SandboxFixture;
const routes: Record<string, Handler> = {};

beforeAll(async () => {
  fixture = await startSandboxFixture();
  for (const path of ["exports/payouts.csv", "exports/batches/[id]/payouts.csv", "exports/transactions.csv"]) {
    routes[path] = (await fixture.importRoute<{ GET: Handler }>(path)).GET;
  }
});
afterAll(() => fixture.close());

const payouts = () => fixture.sandbox.data.payouts;
const upstreamCalls = () => fixture.sandbox.stats.requests.filter((r) => r.path.startsWith("/v1/")).length;

async function exportFile(path: string, url: string, params: Record<string, string> = {}): Promise<ExportFile & { response: Response }> {
  const response = await callRoute(routes[path]!, url, params);
  expect(response.status).toBe(200);
  const { text, error } = await readBody(response.body);
  expect(error).toBeUndefined();
  return { response, ...parseExport(text) };
}

/** Rows as objects keyed by header. */
const records = (file: ExportFile) => file.rows.map((row) => Object.fromEntries(file.header.map((name, i) => [name, row[i]])));

/** `# label,values…` lines of the summary. */
const summaryLines = (file: ExportFile, label: string) => file.trailer.filter((line) => line[0] === `# ${label}`).map((line) => line.slice(1));

function expectTotals(file: ExportFile, column: string, expected: Map<string, Big>) {
  const lines = summaryLines(file, "control_total").filter(([name]) => name === column);
  expect(lines.map(([, currency]) => currency).sort()).toEqual([...expected.keys()].sort());
  for (const [, currency, total] of lines) expect(new Big(total!).eq(expected.get(currency!)!), `${column} ${currency}`).toBe(true);
}

describe("GET /api/exports/payouts.csv", () => {
  it("exports exactly the filtered set, row for row, with exact amounts and control totals", async () => {
    const expected = payouts().filter((p) => (p.status === "failed" || p.status === "returned") && p.dest_currency === "EUR");
    expect(expected.length).toBeGreaterThan(100); // more than one upstream page
    const file = await exportFile("exports/payouts.csv", "/api/exports/payouts.csv?status=failed&status=returned&dest_currency=EUR&columns=all");

    const rows = records(file);
    expect(rows.map((r) => r.id)).toEqual(expected.map((p) => p.id));
    rows.forEach((row, i) => {
      const p = expected[i]!;
      expect([row.source_amount, row.dest_amount, row.fee, row.total_debited, row.buffer_amount]).toEqual([p.source_amount, p.dest_amount, p.fee, p.total_debited, p.buffer_amount]);
      expect([row.reference, row.purpose, row.status]).toEqual([expectedText(p.reference), expectedText(p.purpose), p.status]);
      expect(row["created_at (UTC)"]).toBe(expectedTime(p.created_at, "UTC"));
      expect(row["completed_at (UTC)"]).toBe(p.completed_at ? expectedTime(p.completed_at, "UTC") : "");
    });

    expect(summaryLines(file, "rows")).toEqual([[String(expected.length)]]);
    expect(summaryLines(file, "filter")).toEqual([["status", "failed"], ["status", "returned"], ["dest_currency", "EUR"]]);
    expectTotals(file, "source_amount", sumByCurrency(expected, (p) => p.source_amount, (p) => p.source_currency));
    expectTotals(file, "total_debited", sumByCurrency(expected, (p) => p.total_debited, (p) => p.total_debited_currency));
    expectTotals(file, "dest_amount", sumByCurrency(expected, (p) => p.dest_amount, (p) => p.dest_currency));
    expect(file.trailer.at(-1)).toEqual(["# end"]);
  });

  it("exports a date range with timestamps in the chosen zone, named in the header", async () => {
    const after = payouts()[700]!.created_at;
    const before = payouts()[150]!.created_at;
    const expected = payouts().filter((p) => Date.parse(p.created_at) >= Date.parse(after) && Date.parse(p.created_at) <= Date.parse(before));
    const file = await exportFile("exports/payouts.csv", `/api/exports/payouts.csv?created_after=${after}&created_before=${before}&tz=america/new_york`);

    expect(file.header[0]).toBe("created_at (America/New_York)");
    const rows = records(file);
    expect(rows.map((r) => r.id)).toEqual(expected.map((p) => p.id));
    expect(rows.map((r) => r["created_at (America/New_York)"])).toEqual(expected.map((p) => expectedTime(p.created_at, "America/New_York")));
    expect(summaryLines(file, "time_zone")).toEqual([["America/New_York"]]);
    expect(file.response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="payouts-\d{4}-\d{2}-\d{2}\.csv"$/);
  });

  it("writes the table's default columns, or the chosen ones with the currency beside each amount", async () => {
    const reference = payouts().find((p) => p.reference.startsWith("PO-"))!.reference;
    const defaults = await exportFile("exports/payouts.csv", `/api/exports/payouts.csv?reference=${reference}`);
    expect(defaults.header).toEqual([
      "created_at (UTC)", "status", "id", "beneficiary_id", "reference", "method", "network", "source_amount", "source_currency",
      "dest_amount", "dest_currency", "exchange_rate", "fee", "fee_currency", "total_debited", "total_debited_currency", "batch_id",
    ]);
    const chosen = await exportFile("exports/payouts.csv", `/api/exports/payouts.csv?reference=${reference}&columns=total_debited&columns=id`);
    expect(chosen.header).toEqual(["id", "total_debited", "total_debited_currency"]);
    expect(chosen.rows).toEqual(payouts().filter((p) => p.reference === reference).map((p) => [p.id, p.total_debited, p.total_debited_currency]));
  });

  it("neutralises formula-looking references, in the rows and in the summary's filters", async () => {
    const expected = payouts().filter((p) => p.reference === "=1+2");
    expect(expected.length).toBeGreaterThan(0);
    const file = await exportFile("exports/payouts.csv", `/api/exports/payouts.csv?reference=${encodeURIComponent("=1+2")}`);
    expect(records(file).map((r) => [r.id, r.reference])).toEqual(expected.map((p) => [p.id, "'=1+2"]));
    expect(summaryLines(file, "filter")).toEqual([["reference", "'=1+2"]]);
  });

  it.each([
    ["tz=Mars/Olympus", "tz"],
    ["tz=%2B02:00", "tz"],
    ["columns=secret", "columns"],
    ["status=lost", "status"],
    ["limit=10", "limit"],
    ["cursor=abc", "cursor"],
  ])("refuses %s with a 400 naming %s, before anything goes upstream", async (query, parameter) => {
    const before = upstreamCalls();
    const response = await callRoute(routes["exports/payouts.csv"]!, `/api/exports/payouts.csv?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({ code: "invalid_parameter" });
    expect(body.error.message).toContain(`"${parameter}"`);
    expect(upstreamCalls()).toBe(before);
  });
});

describe("GET /api/exports/batches/{id}/payouts.csv", () => {
  it("exports a batch in the uploaded file's row order, numbered", async () => {
    const [batchId, rowIds] = [...fixture.sandbox.data.batchRows.entries()].find(([, ids]) => ids.length > 150)!;
    const byId = new Map(payouts().map((p) => [p.id, p]));
    const file = await exportFile("exports/batches/[id]/payouts.csv", `/api/exports/batches/${batchId}/payouts.csv?columns=id&columns=source_amount`, { id: batchId });
    expect(file.header).toEqual(["row", "id", "source_amount", "source_currency"]);
    expect(file.rows).toEqual(rowIds.map((id, i) => [String(i + 1), id, byId.get(id)!.source_amount, byId.get(id)!.source_currency]));
    // The file's order is not the date order: the export kept the file's.
    const byDate = [...rowIds].sort((a, b) => payouts().indexOf(byId.get(a)!) - payouts().indexOf(byId.get(b)!));
    expect(rowIds).not.toEqual(byDate);
    const batch = fixture.sandbox.data.batches.find((b) => b.id === batchId)!;
    expect(summaryLines(file, "batch")).toEqual([[batchId, expectedText(batch.file_name)]]);
    expect(file.response.headers.get("Content-Disposition")).toContain(`filename="${batchId}-payouts-`);
  });

  it("exports only the rows the batch filters select, keeping their file row numbers", async () => {
    const byId = new Map(payouts().map((p) => [p.id, p]));
    const stopped = new Set(["failed", "returned", "cancelled"]);
    const numbered = (ids: string[]) => ids.map((id, i) => ({ id, row: i + 1, payout: byId.get(id)! }));
    const [batchId, rowIds] = [...fixture.sandbox.data.batchRows.entries()]
      .map(([id, ids]) => [id, ids, numbered(ids).filter(({ payout }) => stopped.has(payout.status)).length] as const)
      .sort((a, b) => b[2] - a[2])[0]!;
    const expected = numbered([...rowIds]).filter(({ payout }) => stopped.has(payout.status));
    expect(expected.length).toBeGreaterThan(0);
    const file = await exportFile(
      "exports/batches/[id]/payouts.csv",
      `/api/exports/batches/${batchId}/payouts.csv?status=failed&status=returned&status=cancelled&columns=id&columns=status`,
      { id: batchId },
    );
    expect(file.rows).toEqual(expected.map(({ id, row, payout }) => [String(row), payout.status, id]));
  });

  it("answers an unknown batch with a JSON 404 and a malformed id with a 400", async () => {
    const missing = await callRoute(routes["exports/batches/[id]/payouts.csv"]!, "/api/exports/batches/bat_0000/payouts.csv", { id: "bat_0000" });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
    const malformed = await callRoute(routes["exports/batches/[id]/payouts.csv"]!, "/api/exports/batches/x/payouts.csv", { id: "../payouts" });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { message: string } }).error.message).toContain('"id"');
  });
});

describe("GET /api/exports/transactions.csv", () => {
  it("exports the type-filtered set exactly, debits as negative numbers", async () => {
    const all = fixture.sandbox.data.transactions as MerchantTransaction[];
    // Bounded in time so the server's scan stops early (it reads newest first): a fast test.
    const after = all[6_000]!.created_at;
    const expected = all.filter((t) => (t.type === "fee" || t.type === "refund") && Date.parse(t.created_at) >= Date.parse(after));
    expect(expected.length).toBeGreaterThan(100);
    const file = await exportFile("exports/transactions.csv", `/api/exports/transactions.csv?type=fee&type=refund&created_after=${after}&tz=Asia/Tokyo`);
    const rows = records(file);
    expect(rows.map((r) => r.id)).toEqual(expected.map((t) => t.id));
    expect(rows.map((r) => [r.amount, r.currency, r.counterparty_name])).toEqual(expected.map((t) => [t.amount, t.currency, expectedText(t.counterparty_name)]));
    expect(rows.map((r) => r["created_at (Asia/Tokyo)"])).toEqual(expected.map((t) => expectedTime(t.created_at, "Asia/Tokyo")));
    expect(rows.some((r) => r.amount!.startsWith("-"))).toBe(true);
    expectTotals(file, "amount", sumByCurrency(expected, (t) => t.amount, (t) => t.currency));
    expect(summaryLines(file, "rows")).toEqual([[String(expected.length)]]);
  });
});
