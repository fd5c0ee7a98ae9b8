import { afterEach, describe, expect, it, vi } from "vitest";
import { csvRecord, UTF8_BOM } from "@/lib/exports/csv";
import { failureTrailer, summaryTrailer } from "@/lib/exports/trailer";
import { ExportProgress } from "../export-progress";
import { downloadExport, ExportFailedError, exportPath } from "../exports";

const encoder = new TextEncoder();

const DATA_ROWS = [
  ["pay_1", "ACME, Inc.", "-12.50"],
  ["pay_2", 'Quote "A, B"\nand more', "3"],
  ["pay_3", "Line one\r\nLine two", "0.000001"],
  ["pay_4", "Bonus 🎉 日本", "7"],
  ["pay_5", "", "1"],
];

const summary = (rows: number) =>
  summaryTrailer({ export: "payouts", subject: [], filters: [["reference", "a\nb"]], columns: ["id"], timeZone: "UTC", generatedAt: "2026-04-15 14:30:00", generatedAtUtc: "2026-04-15T14:30:00Z", rows, totals: [] });

const file = (rows = DATA_ROWS) => UTF8_BOM + csvRecord(["id", "reference", "amount"]) + rows.map((row) => csvRecord(row)).join("");

/** Splits bytes into chunks of `size` (1 = every byte its own chunk). */
function chunks(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

describe("ExportProgress", () => {
  it.each([1, 2, 3, 7, 64, 100_000])("counts data rows (record ends outside quotes) in chunks of %i bytes", (size) => {
    const bytes = encoder.encode(file() + summary(DATA_ROWS.length));
    const progress = new ExportProgress();
    const seen: number[] = [];
    for (const chunk of chunks(bytes, size)) {
      progress.push(chunk);
      seen.push(progress.rows);
    }
    expect(progress.rows).toBe(DATA_ROWS.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b)); // only ever grows
    expect(progress.complete()).toBe(true);
    expect(progress.failure()).toBeUndefined();
  });

  it("reads a failure line, and is not complete", () => {
    const progress = new ExportProgress();
    progress.push(encoder.encode(file() + failureTrailer({ rows: 5, code: "service_unavailable", requestId: "req_abc" })));
    expect(progress.failure()).toEqual({ rows: 5, code: "service_unavailable", requestId: "req_abc" });
    expect(progress.complete()).toBe(false);
  });

  it("is not complete when the file stops before the summary ends, or counts differently", () => {
    const cut = new ExportProgress();
    cut.push(encoder.encode(file() + summary(5).split("# end")[0]));
    expect(cut.complete()).toBe(false);
    const miscounted = new ExportProgress();
    miscounted.push(encoder.encode(file() + summary(6)));
    expect(miscounted.complete()).toBe(false);
    const noTrailer = new ExportProgress();
    noTrailer.push(encoder.encode(file()));
    expect(noTrailer.complete()).toBe(false);
  });
});

describe("exportPath", () => {
  it("carries the filters, the zone and the visible columns the export knows", () => {
    const path = exportPath(
      { kind: "payouts", filters: { status: ["failed", "returned"], dest_currency: "EUR", created_after: "2026-04-01T00:00:00Z" } },
      { timeZone: "Europe/Paris", columns: ["select", "id", "source_amount"] },
    );
    expect(path).toBe("/api/exports/payouts.csv?status=failed&status=returned&dest_currency=EUR&created_after=2026-04-01T00%3A00%3A00Z&tz=Europe%2FParis&columns=id&columns=source_amount");
  });

  it("asks for all columns, or for the defaults when no visible column is known", () => {
    expect(exportPath({ kind: "transactions", filters: { type: ["fee"] } }, { timeZone: "UTC", columns: "all" })).toBe("/api/exports/transactions.csv?type=fee&tz=UTC&columns=all");
    expect(exportPath({ kind: "batch-payouts", batchId: "bat_01ABC", filters: {} }, { timeZone: "UTC", columns: ["actions"] })).toBe("/api/exports/batches/bat_01ABC/payouts.csv?tz=UTC");
    expect(exportPath({ kind: "batch-payouts", batchId: "bat_01ABC", filters: { status: ["failed"], dest_currency: "EUR" } }, { timeZone: "UTC", columns: "all" })).toBe(
      "/api/exports/batches/bat_01ABC/payouts.csv?status=failed&dest_currency=EUR&tz=UTC&columns=all",
    );
  });
});

describe("downloadExport", () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A response whose body sends `parts`, then ends or (with `error`) errors. */
  function respond(parts: string[], { error, status = 200, headers = {} }: { error?: Error; status?: number; headers?: Record<string, string> } = {}) {
    const queue = [...parts];
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = queue.shift();
        if (next !== undefined) controller.enqueue(encoder.encode(next));
        else if (error) controller.error(error);
        else controller.close();
      },
    });
    vi.stubGlobal("fetch", vi.fn(async () => new Response(body, { status, headers: { "Content-Disposition": 'attachment; filename="payouts-2026-04-15.csv"', ...headers } })));
  }

  const run = (onProgress = vi.fn()) => downloadExport("/api/exports/payouts.csv", { signal: new AbortController().signal, onProgress });

  it("resolves with the whole file, its name and its rows, reporting progress", async () => {
    const text = file() + summary(5);
    respond([text.slice(0, 40), text.slice(40)]);
    const onProgress = vi.fn();
    const result = await run(onProgress);
    expect(result).toMatchObject({ fileName: "payouts-2026-04-15.csv", rows: 5 });
    expect(await result.blob.text()).toBe(text.slice(1)); // Blob.text() drops the BOM when decoding
    expect(new Uint8Array(await result.blob.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(onProgress).toHaveBeenLastCalledWith(5);
  });

  it("rejects with the server's failure line: rows and request id, no file", async () => {
    respond([file(), failureTrailer({ rows: 5, code: "service_unavailable", requestId: "req_9" })], { error: new TypeError("terminated") });
    await expect(run()).rejects.toMatchObject({ name: "ExportFailedError", rows: 5, code: "service_unavailable", requestId: "req_9" });
  });

  it("rejects a download cut off without a failure line, and one that ended without its summary", async () => {
    respond([file()], { error: new TypeError("terminated") });
    await expect(run()).rejects.toMatchObject({ rows: 5, code: "incomplete_export" });
    respond([file()]);
    await expect(run()).rejects.toBeInstanceOf(ExportFailedError);
  });

  it("rejects a JSON error answer with its code and request id", async () => {
    respond([JSON.stringify({ error: { code: "invalid_parameter", message: 'Parameter "tz" must be…', request_id: "req_1" } })], { status: 400, headers: { "Content-Type": "application/json" } });
    await expect(run()).rejects.toMatchObject({ rows: 0, code: "invalid_parameter", requestId: "req_1", message: 'Parameter "tz" must be…' });
  });
});
