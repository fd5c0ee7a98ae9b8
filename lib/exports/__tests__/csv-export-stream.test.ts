import { describe, expect, it, vi } from "vitest";
import { parseExport } from "@/test/parse-csv";
import { readBody } from "@/test/export-helpers";
import { createCsvExportStream, type CsvExportOptions } from "../csv-export-stream";
import type { ExportColumn } from "../export-columns";
import type { Pager } from "../pager";

interface Row {
  id: string;
  amount: string;
}

const columns: ExportColumn<Row>[] = [
  { key: "id", kind: "id", value: (r) => r.id },
  { key: "amount", kind: "amount", value: (r) => r.amount, currency: () => "EUR" },
];

/** Pages handed out one per call; a page that is an Error is thrown instead. */
function fakePager(pages: (Row[] | Error)[]): Pager<Row> & { reads: number } {
  let index = 0;
  return {
    reads: 0,
    async next() {
      this.reads += 1;
      const page = pages[index++];
      if (page instanceof Error) throw page;
      return page ?? [];
    },
    get done() {
      return index >= pages.length;
    },
  };
}

const rows = (from: number, count: number): Row[] => Array.from({ length: count }, (_, i) => ({ id: `r${from + i}`, amount: `-${from + i}.50` }));

function stream(pager: Pager<Row>, firstRows: Row[], over: Partial<CsvExportOptions<Row>> = {}) {
  return createCsvExportStream({
    columns,
    timeZone: "UTC",
    firstRows,
    pager,
    signal: new AbortController().signal,
    onCancel: () => {},
    summary: () => ({ export: "test", subject: [], filters: [], timeZone: "UTC", generatedAt: "2026-04-15 14:30:00", generatedAtUtc: "2026-04-15T14:30:00Z" }),
    describeFailure: () => ({ code: "service_unavailable", requestId: "req_1" }),
    ...over,
  });
}

describe("the export stream", () => {
  it("writes header, every page's rows (skipping empty pages) and the summary", async () => {
    const pager = fakePager([rows(3, 2), [], [], rows(5, 1)]);
    const { text, error } = await readBody(stream(pager, rows(0, 3)));
    expect(error).toBeUndefined();
    const file = parseExport(text);
    expect(file.header).toEqual(["id", "amount"]);
    expect(file.rows.map(([id]) => id)).toEqual(["r0", "r1", "r2", "r3", "r4", "r5"]);
    expect(file.trailer).toContainEqual(["# rows", "6"]);
    expect(file.trailer).toContainEqual(["# control_total", "amount", "EUR", "-18.00", "6"]);
  });

  it("keeps the failure line even when the failing read happened ahead of the consumer", async () => {
    const pager = fakePager([rows(2, 2), new Error("upstream down"), rows(9, 1)]);
    const reader = stream(pager, rows(0, 2)).getReader();
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    let text = decoder.decode((await reader.read()).value);
    text += decoder.decode((await reader.read()).value);
    // Nobody reads now; the stream reads ahead, fails, and must hold the failure line.
    await vi.waitFor(() => expect(pager.reads).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const last = await reader.read();
    text += decoder.decode(last.value);
    await expect(reader.read()).rejects.toThrow("upstream down");
    const file = parseExport(text);
    expect(file.rows).toHaveLength(4);
    expect(file.trailer).toEqual([["# EXPORT FAILED after 4 rows: service_unavailable (request id req_1)"]]);
    expect(pager.reads).toBe(2);
  });

  it("calls onCancel when the consumer cancels, and reads nothing more", async () => {
    const onCancel = vi.fn();
    const pager = fakePager([rows(1, 1), rows(2, 1), rows(3, 1)]);
    const reader = stream(pager, rows(0, 1), { onCancel }).getReader();
    await reader.read();
    await reader.cancel();
    expect(onCancel).toHaveBeenCalledOnce();
    const readsAtCancel = pager.reads;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pager.reads).toBe(readsAtCancel);
  });
});
