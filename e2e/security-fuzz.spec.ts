import { expect, test, type APIRequestContext } from "@playwright/test";
import { batchPayoutExportSpec, payoutExportSpec, transactionExportSpec } from "../lib/exports/export-queries";
import { batchListSpec, batchPayoutListSpec, payoutListSpec, transactionListSpec } from "../lib/filters/list-queries";
import type { QuerySpec } from "../lib/filters/query-spec";
import { randomQuery, randomSegment, routeSeed, seededRandom } from "./fuzz-queries";
import { E2E_SANDBOX_RATE_LIMIT, setSandboxFaults } from "./sandbox-control";

// Issue 9, security: random query strings (and, on dynamic routes, random IDs) at every data
// route. Every answer is a 2xx, or a 4xx with {"error": {"code", "message"}}; never a 5xx.
// Reproduce a failure with the printed seed: FUZZ_SEED=<seed> FUZZ_CASES=<n>.

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_415);
const CASES = Number(process.env.FUZZ_CASES ?? 300);
const CONCURRENCY = 4;

interface Route {
  /** `{id}` stands for a real ID of the kind `prefix` names. */
  path: string;
  spec: QuerySpec;
  prefix?: "pay_" | "bat_";
}

const ROUTES: Route[] = [
  { path: "/api/payouts", spec: payoutListSpec },
  { path: "/api/payouts/{id}", spec: {}, prefix: "pay_" },
  { path: "/api/batches", spec: batchListSpec },
  { path: "/api/batches/{id}", spec: {}, prefix: "bat_" },
  { path: "/api/batches/{id}/payouts", spec: batchPayoutListSpec, prefix: "bat_" },
  { path: "/api/batches/{id}/breakdown", spec: {}, prefix: "bat_" },
  { path: "/api/transactions", spec: transactionListSpec },
  { path: "/api/balances", spec: {} },
  { path: "/api/exports/payouts.csv", spec: payoutExportSpec },
  { path: "/api/exports/transactions.csv", spec: transactionExportSpec },
  { path: "/api/exports/batches/{id}/payouts.csv", spec: batchPayoutExportSpec, prefix: "bat_" },
];
const ALL_NAMES = [...new Set(ROUTES.flatMap((route) => Object.keys(route.spec)))];

interface Outcome {
  url: string;
  status: number;
  problem?: string;
}

/** One request; a CSV body is cancelled after its headers (a full export is not the point here). */
async function probe(url: string, cookie: string): Promise<Outcome> {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(60_000) });
  const { status } = response;
  const type = response.headers.get("content-type") ?? "";
  if (status >= 200 && status < 300) {
    await response.body?.cancel();
    return type.startsWith("application/json") || type.startsWith("text/csv") ? { url, status } : { url, status, problem: `2xx as ${type}` };
  }
  const text = await response.text();
  if (status >= 500) return { url, status, problem: `5xx: ${text.slice(0, 200)}` };
  if (status < 400) return { url, status, problem: `unexpected ${status}` };
  try {
    const body = JSON.parse(text) as { error?: Record<string, unknown> };
    const keys = Object.keys(body.error ?? {}).sort().join(",");
    const shaped = keys === "code,message" || keys === "code,message,request_id";
    if (shaped && typeof body.error?.code === "string" && typeof body.error.message === "string") return { url, status };
  } catch {
    // not JSON: reported below
  }
  return { url, status, problem: `4xx without the error shape: ${text.slice(0, 200)}` };
}

async function inPool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

async function sampleIds(request: APIRequestContext) {
  const payouts = (await (await request.get("/api/payouts?limit=1")).json()) as { data: { id: string }[] };
  const batches = (await (await request.get("/api/batches?limit=100")).json()) as { data: { id: string; total_rows: number }[] };
  // The smallest batch: a valid breakdown or export of it stays cheap.
  const batch = [...batches.data].sort((a, b) => a.total_rows - b.total_rows)[0];
  return { pay_: payouts.data[0]!.id, bat_: batch!.id };
}

test(`fuzz: ${CASES} random queries per data route answer 2xx or a shaped 4xx, never 5xx (seed ${SEED})`, async ({ request, baseURL }) => {
  test.setTimeout(300_000);
  test.info().annotations.push({ type: "fuzz", description: `FUZZ_SEED=${SEED} FUZZ_CASES=${CASES}` });
  const cookie = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const ids = await sampleIds(request);
  const urls = ROUTES.flatMap((route) => {
    const random = seededRandom(routeSeed(SEED, route.path));
    const others = ALL_NAMES.filter((name) => !(name in route.spec));
    return Array.from({ length: CASES }, () => {
      const id = route.prefix && random() < 0.25 ? randomSegment(random, route.prefix) : route.prefix ? ids[route.prefix] : "";
      const query = randomQuery(random, route.spec, others);
      return `${baseURL}${route.path.replace("{id}", id)}${query ? `?${query}` : ""}`;
    });
  });

  // The fuzz sends a few hundred valid queries upstream: lift the sandbox's per-minute limit meanwhile.
  await setSandboxFaults(request, { rateLimitPerMin: 100_000_000 });
  const started = Date.now();
  let outcomes: Outcome[];
  try {
    outcomes = await inPool(urls, CONCURRENCY, (url) => probe(url, cookie).catch((error: Error) => ({ url, status: 0, problem: error.message })));
  } finally {
    await setSandboxFaults(request, { rateLimitPerMin: E2E_SANDBOX_RATE_LIMIT });
  }

  const byStatus = new Map<number, number>();
  for (const outcome of outcomes) byStatus.set(outcome.status, (byStatus.get(outcome.status) ?? 0) + 1);
  console.log(`fuzz seed ${SEED}: ${outcomes.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s, by status ${JSON.stringify(Object.fromEntries(byStatus))}`);
  // Some cases must get through validation, or the fuzz only ever tests the 400 path.
  expect(outcomes.filter((o) => o.status === 200).length).toBeGreaterThan(urls.length / 50);
  const failures = outcomes.filter((o) => o.problem).map((o) => `${o.status} ${o.url.slice(0, 300)}: ${o.problem}`);
  expect(failures, `FUZZ_SEED=${SEED}: ${failures.length} bad answers`).toEqual([]);
});
