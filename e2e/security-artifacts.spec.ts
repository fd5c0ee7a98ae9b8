import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import nextEnv from "@next/env";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { startCapturedServer } from "./captured-server";
import { allStateSecrets, environmentSecrets, findSecrets, SECRET_SHAPES, SERVER_CONFIG_NAMES, stateSecrets } from "./secret-scan";

// Issue 9, security: no secret in what the build hands to browsers, nor in the server's logs.
// These run with the browser journeys because they need the production build `npm test`
// makes just before them (NEXT_DIST_DIR, default .next, names it).

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
/** lib/anton's own strings: if they are in a client chunk, server code reached the browser. */
const SERVER_CODE_MARKERS = [
  { name: "lib/anton's DPoP proof code (dpop+jwt)", pattern: /dpop\+jwt/ },
  { name: "lib/anton's token request (grant_type=client_credentials)", pattern: /grant_type=client_credentials/ },
];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

test("the client bundles and prerendered pages hold no secret, key or server code", () => {
  // Everything under static/ goes to browsers; prerendered pages (.html, .rsc, .body, .meta) too.
  const files = [...filesUnder(join(DIST_DIR, "static")), ...filesUnder(join(DIST_DIR, "server/app")).filter((f) => /\.(html|rsc|body|meta)$/.test(f))];
  expect(files.filter((f) => f.endsWith(".js")).length, `no client chunks under ${DIST_DIR}/static: build first`).toBeGreaterThan(5);

  const { combinedEnv } = nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: () => {} });
  const secrets = [...allStateSecrets(), ...environmentSecrets(process.env), ...environmentSecrets(combinedEnv)];
  expect(secrets.length).toBeGreaterThanOrEqual(5);
  const shapes = [...SECRET_SHAPES, ...SERVER_CONFIG_NAMES, ...SERVER_CODE_MARKERS];
  // The scan itself works on bundle-like text.
  const planted = `var a={typ:"dpop+jwt"};process.env.SESSION_SECRET;"${secrets[0]!.value}"`;
  expect(findSecrets(planted, secrets, shapes)).toEqual(expect.arrayContaining([secrets[0]!.name, "the variable name SESSION_SECRET", SERVER_CODE_MARKERS[0]!.name]));

  let bytes = 0;
  const findings = files.flatMap((file) => {
    const text = readFileSync(file, "utf8");
    bytes += text.length;
    return findSecrets(text, secrets, shapes).map((what) => `${file}: ${what}`);
  });
  console.log(`bundle scan: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB, ${secrets.length} secret values`);
  expect(findings).toEqual([]);
});

const LOG_STATE_DIR = ".sandbox/e2e-logs";

/** Sign-in failures, reads, refusals, and Anton failing in every way the sandbox can. */
async function driveTraffic(api: APIRequestContext, baseURL: string, sandboxURL: string) {
  const { demoEmail, demoPassword } = JSON.parse(readFileSync(`${LOG_STATE_DIR}/credentials.json`, "utf8")) as Record<string, string>;
  const headers = { Origin: baseURL };
  const faults = async (values: Record<string, number | boolean | string>) => expect((await api.post(`${sandboxURL}/__sandbox/faults`, { data: values })).ok()).toBe(true);
  const get = (path: string) => api.get(path, { maxRedirects: 0, timeout: 60_000 });

  for (const password of ["wrong-1", "wrong-2", demoPassword]) await api.post("/api/session", { data: { email: demoEmail, password }, headers });
  const payouts = (await (await get("/api/payouts?limit=100")).json()) as { data: { id: string; batch_id?: string }[] };
  const payout = payouts.data[0]!.id;
  const batch = payouts.data.find((p) => p.batch_id)?.batch_id ?? "bat_1";
  for (const path of [`/api/payouts/${payout}`, "/api/batches", `/api/batches/${batch}/payouts`, "/api/transactions?type=fee", "/api/balances", `/api/exports/batches/${batch}/payouts.csv`, "/payouts"]) {
    expect((await get(path)).status(), path).toBe(200);
  }
  for (const path of ["/api/payouts?status=lost", "/api/payouts/pay_00000000000000000000000000", "/api/payouts/%zz", "/api/payouts?cursor=eyJpZCI6InBheV9ub25lIn0"]) {
    expect((await get(path)).status(), path).toBeGreaterThanOrEqual(400);
  }
  await api.put("/api/payouts", { headers, data: {} });

  const scenarios: [Record<string, number | boolean | string>, string][] = [
    [{ failRate: 1 }, "/api/payouts"], // every retry fails: 502
    [{ requireNonce: true }, "/api/payouts"], // use_dpop_nonce, retried with the nonce
    [{ clockOffsetS: 300 }, "/api/payouts"], // proof iat refused, clock corrected
    [{ clockOffsetS: 9 * 3600 }, "/api/payouts"], // the token has expired for Anton: minted again
    [{ clockOffsetS: 18 * 3600, tokenEndpointDown: true }, "/api/payouts"], // expired again, and no new token to be had
    [{ malformedRate: 1, malformedKind: "html" }, "/api/payouts"], // an HTML page instead of JSON
    [{ malformedRate: 1, malformedKind: "truncated" }, "/api/batches"], // JSON cut in half
    [{ rateLimitPerMin: 1 }, "/api/balances"], // the one request a minute allowed …
    [{}, "/api/payouts"], // … then a 429 with a Retry-After too long to wait for
  ];
  const calm = { failRate: 0, requireNonce: false, clockOffsetS: 0, tokenEndpointDown: false, malformedRate: 0 };
  for (const [values, path] of scenarios) {
    await faults({ ...calm, ...values });
    await get(path).catch(() => undefined);
  }
  await faults({ ...calm, rateLimitPerMin: 100_000 });
  await get("/api/payouts");

  const cookie = (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  // An export that fails part-way: the first pages arrive, then Anton fails for good.
  const reader = (await fetch(`${baseURL}/api/exports/payouts.csv?columns=all`, { headers: { cookie } })).body!.getReader();
  await reader.read();
  await faults({ failRate: 1 });
  while (!(await reader.read().catch(() => ({ done: true }))).done);
  await faults(calm);
  // A browser closing mid-export: the server aborts the upstream reads.
  await fetch(`${baseURL}/api/exports/payouts.csv`, { headers: { cookie }, signal: AbortSignal.timeout(300) })
    .then((r) => r.text())
    .catch(() => undefined);
  const stats = (await (await api.get(`${sandboxURL}/__sandbox/stats`)).json()) as { tokensMinted: number; requests: { status: number }[] };
  // The scenarios really ran: a second mint, and refusals of each kind came back from "Anton".
  expect(stats.tokensMinted).toBeGreaterThanOrEqual(2);
  for (const status of [200, 401, 404, 429, 503]) expect(stats.requests.map((r) => r.status), `an upstream ${status}`).toContain(status);
}

test("the server's logs hold no secret, token or proof while Anton fails in every way", async ({ playwright }, testInfo) => {
  test.setTimeout(300_000);
  const logFile = testInfo.outputPath("server.log");
  const server = await startCapturedServer({
    port: Number(process.env.E2E_LOG_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1),
    sandboxPort: Number(process.env.E2E_LOG_SANDBOX_PORT ?? Number(process.env.E2E_SANDBOX_PORT ?? 4110) + 1),
    stateDir: LOG_STATE_DIR,
    logFile,
    timeoutMs: 180_000,
  });
  const api = await playwright.request.newContext({ baseURL: server.baseURL });
  try {
    await driveTraffic(api, server.baseURL, server.sandboxURL);
  } finally {
    await api.dispose();
    await server.stop();
  }

  const log = readFileSync(logFile, "utf8");
  await testInfo.attach("server.log", { path: logFile });
  expect(log).toContain("Anton Merchant Dashboard");
  // Sandbox mode prints the demo sign-in on purpose (it is the newcomer's way in): not scanned.
  const secrets = stateSecrets(LOG_STATE_DIR, { demoPassword: false });
  const shapes = [...SECRET_SHAPES, { name: "an Authorization header", pattern: /authorization:/i }];
  expect(findSecrets(log, secrets, shapes)).toEqual([]);
});
