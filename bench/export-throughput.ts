import { generateKeyPairSync, randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { killGroup, spawnGroup, type GroupProcess } from "./lib/processes";
import { formatOutput, intFlag, type Benchmark, type BenchOutput, type Flags } from "./lib/report";
import { round } from "./lib/stats";

// Issue 8: "A benchmark under bench/ exports 20,000 payouts and prints rows per second and the
// server's peak memory growth. Target: memory growth under 50 MB."
//
// Three processes, so that "the server's memory" is only the dashboard's:
//   this one    starts the sandbox, then the server process, and prints the report;
//   sandbox     `node --import tsx sandbox/main.ts` (its ~21,000 payouts live there);
//   server      `node --expose-gc …/export-throughput.ts --measure`: imports the real route
//               handler app/api/exports/payouts.csv/route.ts, calls it as Next does, reads the
//               body to the end like a download, and samples process.memoryUsage() every 50 ms.
// Before each export the server runs gc() and takes its baseline; growth = peak − baseline.
//
//   npx tsx bench/export-throughput.ts [--runs=3]

const root = resolve(import.meta.dirname, "..");
const TARGET_MIB = 50;
const SAMPLE_MS = 50;
const SCENARIOS = [
  { name: "default columns", query: "" },
  { name: "all columns", query: "columns=all" },
  // The same pages read through lib/anton with no CSV at all: what the export adds is the difference.
  { name: "baseline: pages only", query: undefined },
] as const;

interface RunResult {
  scenario: string;
  rows: number;
  bytes: number;
  ms: number;
  upstreamPages: number;
  rssGrowthMiB: number;
  heapGrowthMiB: number;
  externalGrowthMiB: number;
  /** Heap after the export and a gc(), against the baseline: anything kept. */
  retainedMiB: number;
}

const mib = (bytes: number) => bytes / 1024 / 1024;
const TAIL_BYTES = 64 * 1024;

function concatTail(tail: Uint8Array, chunk: Uint8Array): Uint8Array {
  const joined = new Uint8Array(Math.min(TAIL_BYTES, tail.byteLength + chunk.byteLength));
  const keep = joined.byteLength - chunk.byteLength;
  joined.set(tail.subarray(tail.byteLength - keep), 0);
  joined.set(chunk, keep);
  return joined;
}

// ── server process ────────────────────────────────────────────────────────────────────

async function measureInServer(runs: number): Promise<RunResult[]> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run the server process with node --expose-gc");
  const { parseSummaryRows, SUMMARY_HEADING } = await import("@/lib/exports/trailer");
  const { GET } = await import("@/app/api/exports/payouts.csv/route");
  const { getAntonClient } = await import("@/lib/anton");
  let upstreamPages = 0;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    if (String(input instanceof Request ? input.url : input).includes("/v1/payouts")) upstreamPages += 1;
    return realFetch(input, init);
  };

  async function exportOnce(query: string) {
    const response = await GET(new Request(`http://localhost:3000/api/exports/payouts.csv?${query}`), { params: Promise.resolve({}) });
    if (response.status !== 200 || !response.body) throw new Error(`the export answered ${response.status}: ${await response.text()}`);
    // Read like a download, keeping only the tail: the summary says how many rows there were.
    let bytes = 0;
    let tail: Uint8Array = new Uint8Array(0);
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      tail = value.byteLength >= TAIL_BYTES ? value.slice(-TAIL_BYTES) : concatTail(tail, value);
    }
    const text = new TextDecoder().decode(tail);
    const rows = parseSummaryRows(text.slice(text.lastIndexOf(`\r\n\r\n${SUMMARY_HEADING}`) + 4));
    if (rows === undefined) throw new Error("the export ended without its summary");
    return { rows, bytes };
  }

  async function pagesOnly() {
    const anton = getAntonClient();
    let rows = 0;
    let cursor: string | undefined;
    do {
      const page = await anton.listPayouts({ limit: 100, cursor });
      rows += page.data.length;
      cursor = page.has_more ? page.next_cursor : undefined;
    } while (cursor);
    return { rows, bytes: 0 };
  }

  // Warm-up: token minted, modules compiled, sockets open.
  await exportOnce("status=velocity_blocked");
  const results: RunResult[] = [];
  for (const scenario of SCENARIOS) {
    for (let run = 0; run < runs; run++) {
      gc();
      gc();
      const baseline = process.memoryUsage();
      const peak = { ...baseline };
      const sample = () => {
        const now = process.memoryUsage();
        peak.rss = Math.max(peak.rss, now.rss);
        peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
        peak.external = Math.max(peak.external, now.external);
      };
      const sampler = setInterval(sample, SAMPLE_MS);
      upstreamPages = 0;
      const started = performance.now();
      const { rows, bytes } = scenario.query === undefined ? await pagesOnly() : await exportOnce(scenario.query);
      const ms = performance.now() - started;
      sample();
      clearInterval(sampler);
      gc();
      gc();
      results.push({
        scenario: scenario.name,
        rows,
        bytes,
        ms,
        upstreamPages,
        rssGrowthMiB: mib(peak.rss - baseline.rss),
        heapGrowthMiB: mib(peak.heapUsed - baseline.heapUsed),
        externalGrowthMiB: mib(peak.external - baseline.external),
        retainedMiB: mib(process.memoryUsage().heapUsed - baseline.heapUsed),
      });
    }
  }
  return results;
}

// ── orchestration ─────────────────────────────────────────────────────────────────────

/** Waits for a line matching `pattern` from a process; fails if it exits first. */
function lineFrom(group: GroupProcess, lines: string[], pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
  return new Promise((resolvePromise, reject) => {
    const started = Date.now();
    const check = setInterval(() => {
      for (const line of lines) {
        const match = pattern.exec(line);
        if (match) {
          clearInterval(check);
          return resolvePromise(match);
        }
      }
      const exited = group.child.exitCode !== null || group.child.signalCode !== null;
      if (exited || Date.now() - started > timeoutMs) {
        clearInterval(check);
        reject(new Error(`${exited ? "the process exited" : "timed out"} before printing ${pattern}:\n${group.tail()}`));
      }
    }, 20);
  });
}

function spawnCollecting(args: string[], env: NodeJS.ProcessEnv) {
  const lines: string[] = [];
  const group = spawnGroup(process.execPath, args, { cwd: root, env, onLine: (line) => lines.push(line) });
  return { group, lines };
}

async function run(flags: Flags): Promise<BenchOutput> {
  const runs = intFlag(flags, "runs", 3);
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const clientId = `ant_oc_sandbox_${randomBytes(16).toString("hex")}`;
  const clientSecret = `ant_ocs_sandbox_${randomBytes(24).toString("hex")}`;
  const base = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production" as const };

  const sandbox = spawnCollecting(["--import", "tsx", "sandbox/main.ts"], {
    ...base,
    SANDBOX_PORT: "0",
    SANDBOX_CLIENT_ID: clientId,
    SANDBOX_CLIENT_SECRET: clientSecret,
    SANDBOX_DPOP_PUBLIC_KEY: JSON.stringify(publicKey.export({ format: "jwk" })),
    SANDBOX_RATE_LIMIT_PER_MIN: "100000",
  });
  try {
    const [, url = "", payouts = ""] = await lineFrom(sandbox.group, sandbox.lines, /Anton sandbox on (\S+) \(seed "[^"]*", (\d+) payouts/, 60_000);
    const server = spawnCollecting(["--expose-gc", "--import", "tsx", "--import", "./scripts/lib/allow-server-only.mjs", "bench/export-throughput.ts", "--measure", `--runs=${runs}`], {
      ...base,
      ANTON_API_BASE_URL: url,
      ANTON_CLIENT_ID: clientId,
      ANTON_CLIENT_SECRET: clientSecret,
      ANTON_DPOP_PRIVATE_KEY: JSON.stringify(privateKey.export({ format: "jwk" })),
    });
    try {
      const [, json = "[]"] = await lineFrom(server.group, server.lines, /^RESULTS (.+)$/, 600_000);
      return report(JSON.parse(json) as RunResult[], runs, Number(payouts));
    } finally {
      await killGroup(server.group);
    }
  } finally {
    await killGroup(sandbox.group);
  }
}

function report(results: RunResult[], runs: number, payouts: number): BenchOutput {
  const exports = results.filter((r) => !r.scenario.startsWith("baseline"));
  const growth = (r: RunResult | undefined) => (r ? Math.max(r.rssGrowthMiB, r.heapGrowthMiB + r.externalGrowthMiB) : Number.NaN);
  const worst = Math.max(...exports.map(growth));
  const rates = exports.map((r) => r.rows / (r.ms / 1000));
  return {
    parameters: { runs, payouts, sampleMs: SAMPLE_MS, pageSize: 100 },
    tables: [
      {
        title: "One export of every payout per run, read to the end (MiB growth over a post-gc() baseline)",
        columns: ["scenario", "rows", "MB", "s", "rows/s", "pages", "peak RSS +", "peak heap +", "peak external +", "kept after gc"],
        rows: results.map((r) => [
          r.scenario,
          r.rows,
          round(r.bytes / 1e6, 1),
          round(r.ms / 1000, 2),
          Math.round(r.rows / (r.ms / 1000)),
          r.upstreamPages,
          round(r.rssGrowthMiB, 1),
          round(r.heapGrowthMiB, 1),
          round(r.externalGrowthMiB, 1),
          round(r.retainedMiB, 1),
        ]),
      },
    ],
    figures: {
      rowsPerSecondMin: Math.round(Math.min(...rates)),
      rowsPerSecondMax: Math.round(Math.max(...rates)),
      peakGrowthMiB: round(worst, 1),
      firstExportGrowthMiB: round(growth(exports[0]), 1),
      laterExportsWorstGrowthMiB: round(Math.max(...exports.slice(1).map(growth)), 1),
      pagesOnlyWorstGrowthMiB: round(Math.max(...results.filter((r) => !exports.includes(r)).map(growth)), 1),
      targetMiB: TARGET_MIB,
    },
    notes: [
      worst < TARGET_MIB ? `Memory growth ${round(worst, 1)} MiB: under the ${TARGET_MIB} MB target.` : `Memory growth ${round(worst, 1)} MiB: OVER the ${TARGET_MIB} MB target.`,
      "Growth is max(peak RSS, peak heap + external) minus a post-gc() baseline: it includes garbage not yet collected; 'kept after gc' is what stayed.",
      "The first full-size export in a fresh process also pays for V8 growing its young generation; 'pages only' shows what reading Anton alone costs.",
      "Rows per second include the sandbox (another process on the same cores) answering 100-row pages over HTTP.",
    ],
  };
}

export const exportThroughput: Benchmark = {
  name: "export-throughput",
  description: "CSV export of every payout through the real route handler: rows/s and the server's memory growth",
  run,
};

if (resolve(process.argv[1] ?? "") === import.meta.filename) {
  const flags = new Map(process.argv.slice(2).flatMap((arg) => {
    const match = /^--([a-z-]+)=(.+)$/.exec(arg);
    return match ? [[match[1] ?? "", match[2] ?? ""] as const] : [];
  }));
  if (process.argv.includes("--measure")) {
    measureInServer(intFlag(flags, "runs", 3)).then(
      (results) => console.log(`RESULTS ${JSON.stringify(results)}`),
      (error: unknown) => {
        console.error(error instanceof Error ? error.stack : error);
        process.exit(1);
      },
    );
  } else {
    run(flags).then(
      (output) => {
        console.log(formatOutput(exportThroughput.name, output));
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  }
}
