import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { downloadExport, ExportFailedError } from "@/lib/api/exports";
import { readBody } from "@/test/export-helpers";
import { parseExport } from "@/test/parse-csv";
import { callRoute, startSandboxFixture, type SandboxFixture } from "@/test/sandbox-fixture";

// How an export behaves while it streams: it reads upstream only as it is consumed, stops
// when the download is cancelled, and fails visibly (never a clean, truncated file).

type Handler = Parameters<typeof callRoute>[0];
let fixture: SandboxFixture;
let GET: Handler;

beforeAll(async () => {
  fixture = await startSandboxFixture();
  GET = (await fixture.importRoute<{ GET: Handler }>("exports/payouts.csv")).GET;
});
afterAll(() => fixture.close());
afterEach(() => {
  fixture.sandbox.setFaults({ failRate: 0, latencyMs: 0 });
  vi.unstubAllGlobals();
});

/** The browser's fetch of /api/…, answered by the real route handler (the Anton client's fetch stays real). */
function browserFetch() {
  const realFetch = globalThis.fetch;
  vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) =>
    typeof input === "string" && input.startsWith("/api/") ? callRoute(GET, input, {}, init?.signal ?? undefined) : realFetch(input, init),
  );
}

const payoutReads = () => fixture.sandbox.stats.requests.filter((r) => r.path === "/v1/payouts").length;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The whole set is this many upstream pages; a cancelled export must read far fewer. */
const allPages = () => Math.ceil(fixture.sandbox.data.payouts.length / 100);

/** Keeps reading, as a browser downloading the file does, until the body ends or errors. */
function drain(reader: ReadableStreamDefaultReader<Uint8Array>) {
  const progress = { chunks: 0, outcome: undefined as Promise<"done" | "errored"> | undefined };
  progress.outcome = (async () => {
    try {
      while (!(await reader.read()).done) progress.chunks += 1;
      return "done" as const;
    } catch {
      return "errored" as const;
    }
  })();
  return progress;
}

it("stops reading upstream when the request is aborted mid-download", async () => {
  fixture.sandbox.setFaults({ latencyMs: 40 });
  const browser = new AbortController();
  const response = await callRoute(GET, "/api/exports/payouts.csv", {}, browser.signal);
  expect(response.status).toBe(200);
  const download = drain(response.body!.getReader()); // the consumer keeps asking for more
  await vi.waitFor(() => expect(download.chunks).toBeGreaterThanOrEqual(3), { timeout: 10_000, interval: 10 });
  browser.abort();
  expect(await download.outcome).toBe("errored");
  const atAbort = payoutReads();
  await pause(400); // ten upstream latencies: an export still running would read on
  expect(payoutReads()).toBe(atAbort);
  expect(atAbort).toBeLessThan(allPages() / 4);
});

it("abandons the upstream read in flight when the body is cancelled (the download's reader gives up)", async () => {
  fixture.sandbox.setFaults({ latencyMs: 300 });
  const response = await callRoute(GET, "/api/exports/payouts.csv");
  const reader = response.body!.getReader();
  await reader.read(); // taking the first page makes room: the second page's read starts
  await pause(50);
  const atCancel = payoutReads();
  await reader.cancel();
  // The sandbox records a request when its answer is sent: an abandoned one never is.
  await pause(700);
  expect(payoutReads()).toBe(atCancel);
});

it("reads upstream only as fast as the body is consumed (backpressure)", async () => {
  const before = payoutReads();
  const response = await callRoute(GET, "/api/exports/payouts.csv");
  const reader = response.body!.getReader();
  await reader.read();
  await pause(300); // nobody reads: at most one page is read ahead
  expect(payoutReads() - before).toBeLessThanOrEqual(2);
  await reader.cancel();
});

it("ends a stream that fails part-way with a failure line and an error, not a clean end", async () => {
  const response = await callRoute(GET, "/api/exports/payouts.csv?columns=id");
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const first = await reader.read(); // header and the first page
  fixture.sandbox.setFaults({ failRate: 1 });
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let text = decoder.decode(first.value, { stream: true });
  let errored = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    errored = true;
  }
  expect(errored).toBe(true);

  const file = parseExport(text);
  expect(file.rows.length).toBeGreaterThanOrEqual(100);
  expect(file.rows.length).toBeLessThan(fixture.sandbox.data.payouts.length);
  expect(file.rows.map(([id]) => id)).toEqual(fixture.sandbox.data.payouts.slice(0, file.rows.length).map((p) => p.id));
  expect(file.trailer).toHaveLength(1);
  expect(file.trailer[0]![0]).toMatch(new RegExp(`^# EXPORT FAILED after ${file.rows.length} rows: service_unavailable \\(request id req_[0-9a-f]+\\)$`));
  expect(text).not.toContain("# end");
});

it("answers a failure before the first byte as a JSON error", async () => {
  fixture.sandbox.setFaults({ failRate: 1 });
  const response = await callRoute(GET, "/api/exports/payouts.csv");
  expect(response.status).toBe(502);
  expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
  const body = (await response.json()) as { error: { code: string; request_id?: string } };
  expect(body.error.code).toBe("bad_upstream");
  expect(body.error.request_id).toMatch(/^req_/);
});

it("streams a complete export that ends with the summary", async () => {
  const response = await callRoute(GET, "/api/exports/payouts.csv?columns=id&status=velocity_blocked");
  const { text, error } = await readBody(response.body);
  expect(error).toBeUndefined();
  const file = parseExport(text);
  expect(file.rows.map(([id]) => id)).toEqual(fixture.sandbox.data.payouts.filter((p) => p.status === "velocity_blocked").map((p) => p.id));
  expect(file.trailer[0]).toEqual(["# Summary"]);
  expect(file.trailer.at(-1)).toEqual(["# end"]);
});

it("the browser's download reports a failure part-way with its rows and request id", async () => {
  browserFetch();
  let failing = false;
  const download = downloadExport("/api/exports/payouts.csv?columns=id", {
    signal: new AbortController().signal,
    onProgress: (rows) => {
      if (rows > 0 && !failing) {
        failing = true;
        fixture.sandbox.setFaults({ failRate: 1 });
      }
    },
  });
  const error = await download.catch((reason: unknown) => reason);
  expect(error).toBeInstanceOf(ExportFailedError);
  expect(error).toMatchObject({ code: "service_unavailable", requestId: expect.stringMatching(/^req_/) });
  expect((error as ExportFailedError).rows).toBeGreaterThanOrEqual(100);
});

it("the browser's Cancel stops the server reading upstream", async () => {
  browserFetch();
  fixture.sandbox.setFaults({ latencyMs: 40 });
  const cancel = new AbortController();
  const download = downloadExport("/api/exports/payouts.csv", { signal: cancel.signal, onProgress: (rows) => rows >= 300 && cancel.abort() });
  await expect(download).rejects.toThrow();
  expect(cancel.signal.aborted).toBe(true);
  const atCancel = payoutReads();
  await pause(400);
  expect(payoutReads()).toBe(atCancel);
});
