import { resolve } from "node:path";
import { DashboardUser, startDashboardStack, type DashboardStack } from "./lib/dashboard-stack";
import { getJson, keepAliveAgent } from "./lib/keep-alive-client";
import { describeMachine } from "./lib/machine";
import { sleep } from "./lib/processes";
import { formatOutput, intFlag, SUMMARY_COLUMNS, summaryRow, writeResult, type Benchmark, type BenchOutput, type Flags } from "./lib/report";
import { round, summarize } from "./lib/stats";

// Issue 9, load: "200 concurrent signed-in clients paging through payouts for 30 s against the
// sandbox: zero errors, one token mint, latency percentiles printed." Each client signs in
// with a session of its own, as 200 browsers would, then pages through /api/payouts?limit=100
// one request at a time, following next_cursor and starting over at the end. All clients
// start at the same instant on a dashboard that has not yet called Anton, so the first wave
// also tests that concurrent requests share one token mint. The two claims are checked: when
// either fails the figures are still printed, and the benchmark fails (exit status 1).

const LIMIT = 100;
const STATE_DIR = ".sandbox/bench-load";
const RESULTS_DIR = resolve(import.meta.dirname, "results");
/** A client that waits longer than this for a page counts it as an error. */
const REQUEST_TIMEOUT_MS = 30_000;

interface Page {
  data: unknown[];
  has_more: boolean;
  next_cursor?: string;
}

interface ClientRun {
  /** The client's first request: all of them at once, sharing the one token mint. */
  firstMs?: number;
  latenciesMs: number[];
  errors: string[];
  rows: number;
  restarts: number;
}

/** One client (one session, one connection): pages until `until`, then finishes the request in flight. */
async function pageThroughPayouts(dashboard: string, signedIn: DashboardUser, until: number): Promise<ClientRun> {
  const run: ClientRun = { latenciesMs: [], errors: [], rows: 0, restarts: 0 };
  let cookie = signedIn.sessionCookie;
  let cursor: string | undefined;
  while (Date.now() < until) {
    const started = performance.now();
    const first = run.latenciesMs.length + run.errors.length === 0;
    try {
      const answer = await getJson<Page>(`${dashboard}/api/payouts?limit=${LIMIT}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, cookie, REQUEST_TIMEOUT_MS);
      if (answer.status !== 200) throw new Error(`answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 200)}`);
      run.latenciesMs.push(performance.now() - started);
      if (first) run.firstMs = performance.now() - started;
      cookie = answer.sessionCookie ?? cookie;
      const page = answer.body;
      run.rows += page.data.length;
      if (page.has_more && !page.next_cursor) throw new Error("has_more without next_cursor");
      cursor = page.has_more ? page.next_cursor : undefined;
      if (!page.has_more) run.restarts++;
    } catch (error) {
      run.errors.push(error instanceof Error ? error.message : String(error));
      await sleep(50); // a failing server is not hammered in a tight loop
    }
  }
  return run;
}

async function signInAll(stack: DashboardStack, clients: number, concurrency: number): Promise<DashboardUser[]> {
  const users: DashboardUser[] = [];
  let next = 0;
  const worker = async () => {
    while (next < clients) {
      next++;
      users.push(await DashboardUser.signIn(stack));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return users;
}

/**
 * One GET /api/session per client, all at once, before the clock starts: a browser that has
 * loaded the dashboard already holds a keep-alive connection. Without it, 200 connections
 * opened in the same instant queue in the kernel until the busy dashboard accepts them, and
 * in runs on a loaded machine the last ones waited 30 s while the first were served again
 * and again (see bench/README.md). This touches neither Anton nor the token.
 */
async function openConnections(dashboard: string, users: DashboardUser[]): Promise<void> {
  await Promise.all(
    users.map(async (user) => {
      const answer = await getJson<unknown>(`${dashboard}/api/session`, user.sessionCookie, REQUEST_TIMEOUT_MS);
      if (answer.status !== 200) throw new Error(`GET /api/session answered ${answer.status} after sign-in`);
    }),
  );
}

interface SandboxStats {
  tokensMinted: number;
  requests: { method: string; path: string; status: number }[];
}

async function sandboxStats(stack: DashboardStack): Promise<SandboxStats> {
  const response = await fetch(`${stack.sandbox}/__sandbox/stats`, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`the sandbox's /__sandbox/stats answered ${response.status} (SANDBOX_CONTROL must be on)`);
  return (await response.json()) as SandboxStats;
}

interface Measured {
  runs: ClientRun[];
  wallMs: number;
  signInMs: number;
  stats: SandboxStats;
}

async function measure(stack: DashboardStack, clients: number, durationS: number, signInConcurrency: number): Promise<Measured> {
  const signInStarted = performance.now();
  const users = await signInAll(stack, clients, signInConcurrency);
  const signInMs = performance.now() - signInStarted;
  await openConnections(stack.dashboard, users);
  const started = performance.now();
  const until = Date.now() + durationS * 1000;
  const runs = await Promise.all(users.map((user) => pageThroughPayouts(stack.dashboard, user, until)));
  return { runs, wallMs: performance.now() - started, signInMs, stats: await sandboxStats(stack) };
}

function report(m: Measured, parameters: BenchOutput["parameters"]): { output: BenchOutput; failures: string[] } {
  const latencies = m.runs.flatMap((r) => r.latenciesMs);
  const errors = m.runs.flatMap((r) => r.errors);
  const ok = latencies.length;
  const latency = summarize(latencies);
  const perClient = summarize(m.runs.map((r) => r.latenciesMs.length));
  const upstream = m.stats.requests.filter((r) => r.path === "/v1/payouts");
  const upstreamFailed = upstream.filter((r) => r.status !== 200).length;
  const failures = [
    ...(errors.length > 0 ? [`${errors.length} errors (claim: zero)`] : []),
    ...(m.stats.tokensMinted !== 1 ? [`${m.stats.tokensMinted} token mints (claim: one)`] : []),
  ];
  const distinctErrors = [...new Set(errors)].slice(0, 5);
  const output: BenchOutput = {
    parameters,
    tables: [
      {
        title: "Latency, ms: GET /api/payouts?limit=100 per client request (successful ones)",
        columns: SUMMARY_COLUMNS,
        rows: [
          summaryRow("all requests", latency),
          summaryRow("first request of each client (together, one mint)", summarize(m.runs.flatMap((r) => (r.firstMs === undefined ? [] : [r.firstMs])))),
        ],
      },
      { title: "Requests per client over the run", columns: SUMMARY_COLUMNS, rows: [summaryRow("requests", perClient, 0)] },
    ],
    figures: {
      "requests (200 OK)": ok,
      errors: errors.length,
      "token mints": m.stats.tokensMinted,
      "upstream GET /v1/payouts (non-200 of them)": `${upstream.length} (${upstreamFailed})`,
      "latency p50 / p90 / p99 / max ms": [latency.median, latency.p90, latency.p99, latency.max].map((v) => round(v, 1)).join(" / "),
      "throughput requests/s": round(ok / (m.wallMs / 1000), 1),
      "payout rows/s": round(m.runs.reduce((sum, r) => sum + r.rows, 0) / (m.wallMs / 1000), 0),
      "full passes through the payouts (restarts)": m.runs.reduce((sum, r) => sum + r.restarts, 0),
      "wall time s (duration + the last requests in flight)": round(m.wallMs / 1000, 1),
      "signing in every client s": round(m.signInMs / 1000, 1),
      claims: failures.length ? `NOT met: ${failures.join("; ")}` : "met: zero errors, one token mint",
    },
    notes: [
      "The clients run in the bench process (one node event loop; node:http, one keep-alive connection each) on the same cores as the dashboard and the sandbox: on a 2-core machine, latency is mostly queueing behind the other clients.",
      "Each client waits for its answer before asking again, so throughput is what the stack sustains with that many requests outstanding; mean latency ≈ clients ÷ throughput.",
      `A request unanswered after ${REQUEST_TIMEOUT_MS / 1000} s counts as an error.`,
      "Token mints and upstream requests come from the sandbox's /__sandbox/stats (SANDBOX_CONTROL=1); upstream GETs equal to client requests means nothing was retried.",
      ...distinctErrors.map((e) => `error: ${e.slice(0, 300)}`),
    ],
    samples: { latencyMs: latencies.map((v) => round(v, 2)) },
  };
  return { output, failures };
}

async function run(flags: Flags): Promise<BenchOutput> {
  const clients = intFlag(flags, "clients", 200);
  const durationS = intFlag(flags, "duration-s", 30);
  const signInConcurrency = intFlag(flags, "sign-in-concurrency", 8);
  const stack = await startDashboardStack({
    dashboardPort: intFlag(flags, "dashboard-port", Number(process.env.BENCH_LOAD_DASHBOARD_PORT ?? 3700)),
    sandboxPort: intFlag(flags, "sandbox-port", Number(process.env.BENCH_LOAD_SANDBOX_PORT ?? 4700)),
    startTimeoutS: intFlag(flags, "start-timeout-s", 600),
    stateDir: STATE_DIR,
    env: { SANDBOX_CONTROL: "1" },
  });
  const startedAt = new Date();
  let measured: Measured;
  try {
    measured = await measure(stack, clients, durationS, signInConcurrency);
  } finally {
    keepAliveAgent.destroy();
    await stack.stop();
  }
  const { output, failures } = report(measured, { clients, "duration s": durationS, limit: LIMIT, dashboard: stack.dashboard, sandbox: stack.sandbox, "state dir": STATE_DIR });
  if (failures.length) {
    // Print and keep the figures, then fail: the claim is checkable with one command.
    console.log(`\n${formatOutput(load.name, output)}`);
    console.log(`\nResults: ${writeResult(RESULTS_DIR, load.name, describeMachine(), startedAt, output)}`);
    throw new Error(`claims not met: ${failures.join("; ")}`);
  }
  return output;
}

export const load: Benchmark = {
  name: "load",
  description: "200 signed-in clients paging through /api/payouts for 30 s: errors, token mints, latency percentiles",
  run,
};

// `node --import tsx --import ./scripts/lib/allow-server-only.mjs bench/load.ts [--clients=N] [--duration-s=N]`
if (resolve(process.argv[1] ?? "") === import.meta.filename) {
  const flags = new Map(process.argv.slice(2).flatMap((arg) => {
    const match = /^--([a-z-]+)=(.+)$/.exec(arg);
    return match ? [[match[1] ?? "", match[2] ?? ""] as const] : [];
  }));
  const startedAt = new Date();
  run(flags).then(
    (output) => {
      console.log(formatOutput(load.name, output));
      console.log(`\nResults: ${writeResult(RESULTS_DIR, load.name, describeMachine(), startedAt, output)}`);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(`\nload: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
