import { expect, test, type APIRequestContext, type Page, type Request, type Response } from "@playwright/test";

// What a reader sees when Anton misbehaves (docs/faults.md), in a real Chromium against the
// real dashboard: the sandbox's fault knobs are switched through its control endpoint. The
// route-level suite (app/api/__tests__/faults.test.ts) covers every fault in depth; here
// each journey checks the error state (message, request id, Retry), that Retry recovers once
// the fault clears, and that the upstream attempts stayed within their bound.

const SANDBOX = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 4110}/__sandbox`;
/** 429/502/503/504 are tried at most this often per request, first try included. */
const MAX_ATTEMPTS = 3;
/** Every knob this file touches, at rest. */
const CALM = { failRate: 0, malformedRate: 0, malformedKind: "html", tokenEndpointDown: false, clockOffsetS: 0 };

type Faults = Partial<Record<keyof typeof CALM, number | boolean | string>>;
interface Upstream {
  path: string;
  status: number;
}

async function setFaults(request: APIRequestContext, faults: Faults): Promise<void> {
  const response = await request.post(`${SANDBOX}/faults`, { data: faults });
  expect(response.status(), await response.text()).toBe(200);
}

async function resetStats(request: APIRequestContext): Promise<void> {
  expect((await request.post(`${SANDBOX}/reset-stats`)).status()).toBe(204);
}

/** What reached the sandbox since the last reset: answered and abandoned attempts. */
async function upstream(request: APIRequestContext, path: string): Promise<Upstream[]> {
  const stats = (await (await request.get(`${SANDBOX}/stats`)).json()) as { requests: Upstream[]; abandoned?: Upstream[] };
  return [...stats.requests, ...(stats.abandoned ?? [])].filter((r) => r.path === path);
}

const isList = (r: Request | Response) => {
  const request = "request" in r ? r.request() : r;
  return new URL(request.url()).pathname === "/api/payouts" && request.method() === "GET";
};

/** Counts the list requests the page sends from now on. */
function countListRequests(page: Page): () => number {
  let count = 0;
  page.on("request", (request) => {
    if (isList(request)) count += 1;
  });
  return () => count;
}

const errorState = (page: Page) => page.getByRole("alert").filter({ hasText: "The list could not be loaded" });

interface ListFailure {
  error: { code: string; message: string; request_id?: string };
}

/** The bodies of the failed list answers the page receives from now on, in order. */
function collectListFailures(page: Page): ListFailure[] {
  const failures: ListFailure[] = [];
  page.on("response", (response) => {
    // A body that cannot be read is left out, which only makes the checks below stricter.
    if (isList(response) && response.status() === 502) response.json().then((body: ListFailure) => failures.push(body), () => undefined);
  });
  return failures;
}

/**
 * Opens /payouts with the fault on; expects the error state to show the message and the
 * very request id of the dashboard's latest answer; returns the number of list requests sent.
 * (The page may ask twice: the first page is fetched while the page hydrates, and the list
 * asks again when it mounts onto that failure. The error state shows the latest.)
 */
async function expectErrorState(page: Page, message: string): Promise<number> {
  const listRequests = countListRequests(page);
  const failures = collectListFailures(page);
  await page.goto("/payouts");

  const error = errorState(page);
  await expect(error).toBeVisible();
  await expect(error).toContainText(message);
  await expect(error.getByRole("button", { name: "Retry" })).toBeEnabled();
  await expect(async () => {
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) expect(failure.error.code).toBe("bad_upstream");
    const latest = failures.at(-1);
    expect(latest?.error.request_id).toMatch(/^req_[0-9a-f]{24}$/);
    await expect(error).toContainText(`Request ID ${latest?.error.request_id}`, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  return listRequests();
}

/** The fault is off: Retry brings the rows back and the error state goes away. */
async function retryRecovers(page: Page): Promise<void> {
  const error = errorState(page);
  const recovered = page.waitForResponse((r) => isList(r) && r.ok());
  await error.getByRole("button", { name: "Retry" }).click();
  await recovered;
  await expect(page.getByTestId("data-table-row").first()).toBeVisible();
  await expect(error).toBeHidden();
}

test.afterEach(async ({ request }) => {
  await setFaults(request, CALM);
  await resetStats(request);
});

test("every request failing with 503: the error state with the request id, at most 3 attempts each, and Retry recovers", async ({ page, request }) => {
  await setFaults(request, { failRate: 1 });
  await resetStats(request);
  const listRequests = await expectErrorState(page, "Anton answered with an error. Try again.");

  const attempts = await upstream(request, "/v1/payouts");
  expect(attempts.length).toBeGreaterThanOrEqual(MAX_ATTEMPTS); // the bound was reached, not skipped
  expect(attempts.length).toBeLessThanOrEqual(MAX_ATTEMPTS * listRequests);
  expect(new Set(attempts.map((a) => a.status))).toEqual(new Set([503]));

  await setFaults(request, { failRate: 0 });
  await retryRecovers(page);
});

test("an HTML page instead of JSON: the same error state, and Retry recovers", async ({ page, request }) => {
  await setFaults(request, { malformedRate: 1, malformedKind: "html" });
  await resetStats(request);
  const listRequests = await expectErrorState(page, "Anton answered with an error. Try again.");

  const attempts = await upstream(request, "/v1/payouts");
  expect(attempts.length).toBeGreaterThanOrEqual(1);
  expect(attempts.length).toBeLessThanOrEqual(MAX_ATTEMPTS * listRequests);
  await expect(errorState(page)).not.toContainText("<");

  await setFaults(request, { malformedRate: 0 });
  await retryRecovers(page);
});

test("the token endpoint down when a new token is needed: the error state, bounded mints, and one mint on Retry", async ({ page, request }) => {
  // The dashboard may hold a token (8 h): move the sandbox's clock past its expiry, so the
  // next request is refused with invalid_token and the dashboard must mint again.
  await setFaults(request, { tokenEndpointDown: true, clockOffsetS: 9 * 3600 });
  await resetStats(request);
  const listRequests = await expectErrorState(page, "Anton answered with an error. Try again.");

  const mints = await upstream(request, "/oauth/token");
  expect(mints.length).toBeGreaterThanOrEqual(MAX_ATTEMPTS);
  expect(mints.length).toBeLessThanOrEqual(MAX_ATTEMPTS * listRequests);
  expect(new Set(mints.map((m) => m.status))).toEqual(new Set([503]));

  await setFaults(request, { tokenEndpointDown: false });
  await resetStats(request);
  await retryRecovers(page);
  expect((await upstream(request, "/oauth/token")).map((m) => m.status)).toEqual([200]);
});
