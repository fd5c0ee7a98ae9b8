import { generateKeyPairSync, randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { readSandboxConfig } from "../sandbox/config";
import { generateDataset } from "../sandbox/data/generate";
import { startSandbox } from "../sandbox/server";
import { assertPortFree, killGroup, readMemory, spawnGroup, waitForHttp, type Env, type GroupProcess } from "./lib/processes";
import { intFlag, SUMMARY_COLUMNS, summaryRow, type Benchmark, type BenchOutput, type Flags } from "./lib/report";
import { round, summarize } from "./lib/stats";

// Issue 2: "a benchmark under bench/ prints the sandbox's start time and memory with the
// default data". The sandbox is started the way `npm start` starts it (`node --import tsx
// sandbox/main.ts`, default seed) and is ready when GET /.well-known/jwks.json answers 200.
// Baselines, interleaved with it run by run: node starting and exiting, and an empty HTTP
// server started the same two ways (plain node; node --import tsx).

const root = resolve(import.meta.dirname, "..");
const POLL_MS = 5;
const START_TIMEOUT_MS = 60_000;

interface Start {
  ms: number;
  rssMiB: number;
  peakMiB: number;
  /** The sandbox's own "ready in N ms" (from its first line of code, so without node and tsx boot). */
  selfReportedMs?: number;
}

const mib = (kib: number) => kib / 1024;

function sandboxEnv(port: number): Env {
  const { publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    SANDBOX_PORT: String(port),
    SANDBOX_CLIENT_ID: `ant_oc_sandbox_${randomBytes(16).toString("hex")}`,
    SANDBOX_CLIENT_SECRET: `ant_ocs_sandbox_${randomBytes(24).toString("hex")}`,
    SANDBOX_DPOP_PUBLIC_KEY: JSON.stringify(publicKey.export({ format: "jwk" })),
  };
}

/** Spawn → first 200 from the readiness URL, then memory; the process group is always stopped. */
async function timeServerStart(args: string[], env: Env, port: number): Promise<Start> {
  let selfReportedMs: number | undefined;
  const started = performance.now();
  const group: GroupProcess = spawnGroup(process.execPath, args, {
    cwd: root,
    env,
    onLine: (line) => {
      const match = /ready in (\d+) ms/.exec(line);
      if (match) selfReportedMs = Number(match[1]);
    },
  });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/.well-known/jwks.json`, group, { timeoutMs: START_TIMEOUT_MS, intervalMs: POLL_MS });
    const ms = performance.now() - started;
    const memory = readMemory(group.pid);
    await new Promise((r) => setTimeout(r, 20)); // let the "ready in" line arrive
    return { ms, rssMiB: mib(memory.rssKiB), peakMiB: mib(memory.peakKiB ?? Number.NaN), ...(selfReportedMs === undefined ? {} : { selfReportedMs }) };
  } finally {
    await killGroup(group);
  }
}

/** Spawn → exit of `node -e ""`: the floor under any node process. */
async function timeNodeExit(): Promise<number> {
  const started = performance.now();
  const group = spawnGroup(process.execPath, ["-e", ""], { cwd: root });
  await new Promise<void>((done) => group.child.once("exit", () => done()));
  await killGroup(group);
  return performance.now() - started;
}

const EMPTY_SERVER = `require("node:http").createServer((q, s) => s.end('{"keys":[]}')).listen(Number(process.env.SANDBOX_PORT), "127.0.0.1")`;

/** In this process: generateDataset alone, and startSandbox (data + indexes + listen) on an ephemeral port. */
async function timeInProcess(runs: number) {
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  const env: Env = { ...sandboxEnv(0), SANDBOX_NOW: new Date(now).toISOString().replace(/\.\d+Z$/, "Z") };
  const config = readSandboxConfig(env as NodeJS.ProcessEnv);
  const generate: number[] = [];
  const start: number[] = [];
  let sizes = { payouts: 0, batches: 0, transactions: 0 };
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    const data = generateDataset(config.seed, now);
    generate.push(performance.now() - started);
    sizes = { payouts: data.payouts.length, batches: data.batches.length, transactions: data.transactions.length };
    started = performance.now();
    const sandbox = await startSandbox(config);
    start.push(performance.now() - started);
    await sandbox.close();
  }
  return { generate, start, sizes };
}

async function run(flags: Flags): Promise<BenchOutput> {
  const runs = intFlag(flags, "runs", 5);
  const port = intFlag(flags, "sandbox-port", Number(process.env.BENCH_SANDBOX_PORT ?? 4300));
  await assertPortFree(port, "BENCH_SANDBOX_PORT");

  const nodeExit: number[] = [];
  const empty: Start[] = [];
  const emptyTsx: Start[] = [];
  const sandbox: Start[] = [];
  for (let i = 0; i < runs; i++) {
    nodeExit.push(await timeNodeExit());
    empty.push(await timeServerStart(["-e", EMPTY_SERVER], { SANDBOX_PORT: String(port) }, port));
    emptyTsx.push(await timeServerStart(["--import", "tsx", "bench/fixtures/empty-server.ts"], { PATH: process.env.PATH, HOME: process.env.HOME, SANDBOX_PORT: String(port) }, port));
    sandbox.push(await timeServerStart(["--import", "tsx", "sandbox/main.ts"], sandboxEnv(port), port));
  }
  const generated = await timeInProcess(runs);

  const start = {
    nodeExit: summarize(nodeExit),
    empty: summarize(empty.map((s) => s.ms)),
    emptyTsx: summarize(emptyTsx.map((s) => s.ms)),
    sandbox: summarize(sandbox.map((s) => s.ms)),
    selfReported: summarize(sandbox.flatMap((s) => (s.selfReportedMs === undefined ? [] : [s.selfReportedMs]))),
    generate: summarize(generated.generate),
    startInProcess: summarize(generated.start),
  };
  const rss = { empty: summarize(empty.map((s) => s.rssMiB)), emptyTsx: summarize(emptyTsx.map((s) => s.rssMiB)), sandbox: summarize(sandbox.map((s) => s.rssMiB)) };
  const peak = summarize(sandbox.map((s) => s.peakMiB));
  const ratio = (a: number, b: number) => round(a / b, 1);

  return {
    parameters: { runs, port, seed: "anton (default)", pollIntervalMs: POLL_MS },
    tables: [
      {
        title: "Start time, ms (spawn → first 200 from GET /.well-known/jwks.json; node -e \"\": spawn → exit)",
        columns: SUMMARY_COLUMNS,
        rows: [
          summaryRow("sandbox (node --import tsx sandbox/main.ts)", start.sandbox, 0),
          summaryRow("  its own report (\"ready in N ms\")", start.selfReported, 0),
          summaryRow("  startSandbox() in-process (data, indexes, listen)", start.startInProcess, 0),
          summaryRow("  generateDataset() alone, in-process", start.generate, 0),
          summaryRow("baseline: empty http server, node --import tsx", start.emptyTsx, 0),
          summaryRow("baseline: empty http server, node -e", start.empty, 0),
          summaryRow("baseline: node -e \"\" (spawn → exit)", start.nodeExit, 0),
        ],
      },
      {
        title: "Memory after start, MiB (VmRSS of the server process when it first answered)",
        columns: SUMMARY_COLUMNS,
        rows: [
          summaryRow("sandbox RSS", rss.sandbox, 1),
          summaryRow("sandbox peak RSS (VmHWM)", peak, 1),
          summaryRow("baseline: empty http server, tsx", rss.emptyTsx, 1),
          summaryRow("baseline: empty http server, node", rss.empty, 1),
        ],
      },
    ],
    figures: {
      "sandbox start median ms": round(start.sandbox.median, 0),
      "sandbox start max ms": round(start.sandbox.max, 0),
      "sandbox RSS median MiB": round(rss.sandbox.median, 1),
      "sandbox RSS max MiB": round(rss.sandbox.max, 1),
      "generateDataset median ms": round(start.generate.median, 0),
      "generateDataset max ms": round(start.generate.max, 0),
      "startSandbox in-process median ms": round(start.startInProcess.median, 0),
      "ratio start: sandbox / empty server (tsx)": ratio(start.sandbox.median, start.emptyTsx.median),
      "ratio start: sandbox / empty server (node)": ratio(start.sandbox.median, start.empty.median),
      "ratio start: sandbox / node -e \"\"": ratio(start.sandbox.median, start.nodeExit.median),
      "ratio RSS: sandbox / empty server (tsx)": ratio(rss.sandbox.median, rss.emptyTsx.median),
      "data set": `${generated.sizes.payouts} payouts, ${generated.sizes.batches} batches, ${generated.sizes.transactions} transactions`,
    },
    notes: [
      "The baseline for the ratios is an empty HTTP server started the same way; the difference is the sandbox's own work (mostly generating the data set).",
      `Readiness is polled every ${POLL_MS} ms, so start times carry up to ${POLL_MS} ms of polling error.`,
    ],
    samples: {
      sandboxStartMs: sandbox.map((s) => round(s.ms)),
      sandboxRssMiB: sandbox.map((s) => round(s.rssMiB)),
      emptyTsxStartMs: emptyTsx.map((s) => round(s.ms)),
      emptyStartMs: empty.map((s) => round(s.ms)),
      nodeExitMs: nodeExit.map((s) => round(s)),
      generateDatasetMs: generated.generate.map((t) => round(t)),
      startSandboxInProcessMs: generated.start.map((t) => round(t)),
    },
  };
}

export const sandboxStart: Benchmark = {
  name: "sandbox-start",
  description: "Sandbox start time and memory with the default data, against an empty HTTP server",
  run,
};
