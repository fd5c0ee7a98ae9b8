import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { createAntonClient, type AntonClient } from "@/lib/anton";
import { profileMentions, readProfiles, summarizeProfile, type ProfileSummary, type Window } from "./lib/cpu-profile";
import { DashboardUser, SESSION_COOKIE, startDashboardStack, type DashboardStack } from "./lib/dashboard-stack";
import { intFlag, SUMMARY_COLUMNS, summaryRow, type Benchmark, type BenchOutput, type Flags, type Table } from "./lib/report";
import { round, summarize } from "./lib/stats";
import { measureStepCosts, type StepCosts } from "./lib/step-costs";

// Issue 4: "the median and p99 latency of /api/payouts?limit=100 against the same request
// sent straight to the sandbox, in one run, and the ratio. Target: the proxy adds under 3 ms
// at the median." The bench signs in like a browser; its own lib/anton client (same client
// id, same registered DPoP key) calls the same sandbox directly. With --profile, every node
// process of the stack runs with --cpu-prof and the report says where the dashboard's CPU went.

const TARGET_MS = 3;
const LIMIT = 100;
const PROFILE_DIR = resolve(import.meta.dirname, "results/proxy-overhead-profiles");

type Page = { data: { id: string }[] };

interface Measured {
  dashboardMs: number[];
  directMs: number[];
  sessionMs: number[];
  refusedMs: number[];
  window: Window;
  steps: StepCosts;
}

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

async function timed<T>(call: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await call();
  return [performance.now() - started, result];
}

async function measure(stack: DashboardStack, requests: number, warmup: number): Promise<Measured> {
  const client: AntonClient = createAntonClient({
    baseUrl: stack.sandbox,
    clientId: stack.state.clientId,
    clientSecret: stack.state.clientSecret,
    dpopKey: { variable: "ANTON_DPOP_PRIVATE_KEY", value: stack.state.dpopPrivateJwk },
    timeoutMs: 10_000,
  });
  await client.ready();
  const user = await DashboardUser.signIn(stack);
  const viaDashboard = () => user.getJson<Page>(`/api/payouts?limit=${LIMIT}`);
  const direct = () => client.listPayouts({ limit: LIMIT }, { signal: AbortSignal.timeout(30_000) });

  // Same page both ways, or the comparison means nothing.
  const [proxied, straight] = [await viaDashboard(), await direct()];
  if (proxied.data.length !== LIMIT || proxied.data[0]?.id !== straight.data[0]?.id || proxied.data.at(-1)?.id !== straight.data.at(-1)?.id) {
    throw new Error("the dashboard and the direct client returned different pages");
  }
  for (let i = 0; i < warmup; i++) {
    await viaDashboard();
    await direct();
    await user.getJson("/api/session");
  }

  const dashboardMs: number[] = [];
  const directMs: number[] = [];
  const fromUs = nowUs();
  for (let i = 0; i < requests; i++) {
    // Alternate which goes first, so neither always follows the other.
    if (i % 2 === 0) {
      dashboardMs.push((await timed(viaDashboard))[0]);
      directMs.push((await timed(direct))[0]);
    } else {
      directMs.push((await timed(direct))[0]);
      dashboardMs.push((await timed(viaDashboard))[0]);
    }
  }
  const window = { fromUs, toUs: nowUs() };

  // The dashboard's floors, no upstream call: Next + proxy.ts refusing a request without a
  // cookie, and Next + proxy.ts + a route reading the session (GET /api/session).
  const refused = async () => {
    const response = await fetch(`${stack.dashboard}/api/payouts?limit=${LIMIT}`, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    if (response.status !== 401) throw new Error(`GET /api/payouts without a session answered ${response.status}`);
  };
  const sessionMs: number[] = [];
  const refusedMs: number[] = [];
  for (let i = 0; i < requests; i++) {
    sessionMs.push((await timed(() => user.getJson("/api/session")))[0]);
    refusedMs.push((await timed(refused))[0]);
  }

  const seal = decodeURIComponent(user.sessionCookie.slice(SESSION_COOKIE.length + 1));
  return { dashboardMs, directMs, sessionMs, refusedMs, window, steps: await measureStepCosts(client, LIMIT, seal, stack.state.sessionSecret) };
}

function profileTables(summary: ProfileSummary, who: string, requests: number): Table[] {
  const share = (ms: number) => `${round((100 * ms) / summary.busyMs, 1)}%`;
  return [
    {
      title:
        `CPU profile of the ${who} during the measured loop (${requests} requests): ${round(summary.busyMs, 0)} ms busy of ${round(summary.windowMs, 0)} ms. ` +
        "Self = in the area's own code; on stack = the area anywhere on the synchronous stack (async continuations start a new stack)",
      columns: ["area", "self ms", "self share", "on-stack ms", "on-stack share", "on-stack ms per request"],
      rows: summary.areas
        .filter((a) => a.onStackMs >= summary.busyMs * 0.01)
        .map((a) => [a.area, round(a.ms, 0), share(a.ms), round(a.onStackMs, 0), share(a.onStackMs), round(a.onStackMs / requests, 2)]),
    },
    {
      title: `Top functions of the ${who} by self time`,
      columns: ["function", "area", "self ms", "share"],
      rows: summary.functions.map((f) => [f.name.slice(0, 100), f.area, round(f.ms, 0), share(f.ms)]),
    },
  ];
}

function profileOutput(window: Window, requests: number): Table[] {
  const profiles = readProfiles(PROFILE_DIR);
  const dashboard = profiles.find((p) => p.file.includes("/start-") && profileMentions(p.profile, "/.next/server/"));
  const sandbox = profiles.find((p) => p.file.includes("/main-"));
  if (!dashboard || !sandbox) console.error(`proxy-overhead: a CPU profile is missing in ${PROFILE_DIR}`);
  return [
    ...(dashboard ? profileTables(summarizeProfile(dashboard.profile, window), "dashboard", requests) : []),
    ...(sandbox ? profileTables(summarizeProfile(sandbox.profile, window, 8), "sandbox", requests * 2) : []),
  ];
}

async function run(flags: Flags): Promise<BenchOutput> {
  const requests = intFlag(flags, "requests", 300);
  const warmup = intFlag(flags, "warmup", 30);
  const profile = flags.has("profile");
  if (profile) {
    rmSync(PROFILE_DIR, { recursive: true, force: true });
    mkdirSync(PROFILE_DIR, { recursive: true });
  }
  const stack = await startDashboardStack({
    dashboardPort: intFlag(flags, "dashboard-port", Number(process.env.BENCH_DASHBOARD_PORT ?? 3300)),
    sandboxPort: intFlag(flags, "sandbox-port", Number(process.env.BENCH_SANDBOX_PORT ?? 4300)),
    startTimeoutS: intFlag(flags, "start-timeout-s", 600),
    ...(profile ? { profileDir: PROFILE_DIR } : {}),
  });
  let measured: Measured;
  try {
    measured = await measure(stack, requests, warmup);
    if (profile) await stack.flushProfiles();
  } finally {
    await stack.stop();
  }

  const proxied = summarize(measured.dashboardMs);
  const straight = summarize(measured.directMs);
  const paired = summarize(measured.dashboardMs.map((ms, i) => ms - (measured.directMs[i] ?? Number.NaN)));
  const added = proxied.median - straight.median;
  const { steps } = measured;
  return {
    parameters: { requests, warmup, limit: LIMIT, dashboard: stack.dashboard, sandbox: stack.sandbox, build: stack.reusedBuild ? "existing .next" : "built by this run", profile: profile ? "on (timings inflated)" : "off" },
    tables: [
      {
        title: `Latency, ms: GET /api/payouts?limit=${LIMIT} via the dashboard vs GET /v1/payouts?limit=${LIMIT} straight to the sandbox (interleaved, one at a time)`,
        columns: SUMMARY_COLUMNS,
        rows: [
          summaryRow("dashboard: /api/payouts (proxy.ts + route + lib/anton)", proxied),
          summaryRow("direct: lib/anton client → sandbox", straight),
          summaryRow("per-pair difference (dashboard − direct)", paired),
          summaryRow("floor, after: GET /api/session (Next, proxy.ts, route reads session)", summarize(measured.sessionMs)),
          summaryRow("floor, after: no cookie → 401 from proxy.ts (Next, proxy.ts)", summarize(measured.refusedMs)),
        ],
      },
      {
        title: `In-process cost per call of single steps on one ${LIMIT}-payout page (${round(steps.pageBytes / 1024, 1)} KiB of JSON), ms`,
        columns: SUMMARY_COLUMNS,
        rows: [
          summaryRow("zod: validate the page (both paths, once each)", steps.zod, 3),
          summaryRow("JSON.stringify the page (route's Response.json)", steps.stringify, 3),
          summaryRow("JSON.parse the page (browser side)", steps.parse, 3),
          summaryRow("iron-session: unseal the cookie (proxy.ts)", steps.unseal, 3),
        ],
      },
      ...(profile ? profileOutput(measured.window, requests) : []),
    ],
    figures: {
      "dashboard median ms": round(proxied.median),
      "dashboard p99 ms": round(proxied.p99),
      "direct median ms": round(straight.median),
      "direct p99 ms": round(straight.p99),
      "added at the median ms (dashboard median − direct median)": round(added),
      "median of per-pair differences ms": round(paired.median),
      "ratio (dashboard median / direct median)": round(proxied.median / straight.median),
      "floor median ms: GET /api/session / 401 from proxy.ts": `${round(summarize(measured.sessionMs).median)} / ${round(summarize(measured.refusedMs).median)}`,
      target: `the proxy adds < ${TARGET_MS} ms at the median: ${added < TARGET_MS ? "met" : "NOT met"} in this run`,
    },
    notes: [
      "Both series run from the bench process over keep-alive connections. The direct series already includes the DPoP proof, the token cache and zod validation, so the difference is what the dashboard hop adds: HTTP into Next, proxy.ts (session, CSP), the route handler, re-serialising the page and sending it once more.",
      "The dashboard, the sandbox and the bench share the machine's cores: on a busy 2-core machine single runs are rough; compare ratios, and re-run when it is quiet.",
      ...(profile ? [`CPU profiles (open in Chrome DevTools): ${PROFILE_DIR}`] : []),
    ],
    samples: {
      dashboardMs: measured.dashboardMs.map((v) => round(v, 3)),
      directMs: measured.directMs.map((v) => round(v, 3)),
      sessionMs: measured.sessionMs.map((v) => round(v, 3)),
      refusedMs: measured.refusedMs.map((v) => round(v, 3)),
    },
  };
}

export const proxyOverhead: Benchmark = {
  name: "proxy-overhead",
  description: "Latency of /api/payouts?limit=100 through the dashboard vs straight to the sandbox",
  run,
};
