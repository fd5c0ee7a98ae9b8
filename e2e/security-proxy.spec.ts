import { expect, test, type APIResponse } from "@playwright/test";
import { SANDBOX_URL, upstreamDuring } from "./sandbox-control";

// Issue 9, security: the data API is an allowlist, never an open proxy. Every attempt to
// reach another upstream path, another host or an unvalidated parameter is a 4xx with the
// error shape, and the sandbox's request log shows that nothing unintended went upstream.

const BATCH = "bat_01HX8Z9K0M2N3P4Q5R6S7T8UAB";
const PAYOUT = "pay_01HX8Z9K0M2N3P4Q5R6S7T8UAB";

/** Every GET data route, a made-up but well-formed ID in the dynamic ones. */
const DATA_ROUTES = [
  "/api/payouts",
  `/api/payouts/${PAYOUT}`,
  "/api/batches",
  `/api/batches/${BATCH}`,
  `/api/batches/${BATCH}/payouts`,
  `/api/batches/${BATCH}/breakdown`,
  "/api/transactions",
  "/api/balances",
  "/api/exports/payouts.csv",
  "/api/exports/transactions.csv",
  `/api/exports/batches/${BATCH}/payouts.csv`,
];

async function expectRefused(response: APIResponse, status: number, parameter?: string) {
  expect(response.status(), response.url()).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body, response.url()).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
  if (parameter !== undefined) expect(body.error.message, response.url()).toContain(`"${parameter}"`);
}

const TRAVERSALS = [
  "/api/payouts/..%2F..%2Foauth%2Ftoken",
  "/api/payouts/..%252F..%252Foauth%252Ftoken",
  "/api/payouts/%2e%2e%2f%2e%2e%2foauth%2ftoken",
  "/api/payouts/pay_1%2F..%2F..%2Fv1%2Fbalances",
  "/api/payouts/pay_1%5C..%5C..%5Cv1%5Cbalances",
  "/api/batches/bat_1%2F..%2F..%2Fv1%2Fbalances/payouts",
  "/api/batches/bat_1%252F..%252F..%252Fv1%252Fbalances/payouts",
  "/api/batches/bat_1%2F..%2F..%2Fv1%2Fbalances/breakdown",
  "/api/exports/batches/bat_1%2F..%2F..%2Fv1%2Fpayouts/payouts.csv",
  "/api/payouts/https:%2F%2Fevil.test",
  "/api/payouts/https%3A%2F%2Fevil.test%2Fv1%2Fpayouts",
  "/api/payouts/%2F%2Fevil.test%2Fv1%2Fpayouts",
  `/api/batches/http:%2F%2F127.0.0.1:${new URL(SANDBOX_URL).port}%2Fv1%2Fbalances`,
  "/api/payouts/pay_1%3Fstatus%3Dfailed",
  "/api/payouts/pay_1%23fragment",
  "/api/payouts/pay_1%00",
  "/api/payouts/pay_1%0D%0AHost:%20evil.test",
  "/api/payouts/pay_1%20",
  "/api/payouts/%F0%9F%92%B8",
];

test("path traversal, encoded slashes and absolute URLs in an ID are a 400, nothing goes upstream", async ({ request }) => {
  const upstream = await upstreamDuring(request, async () => {
    for (const path of TRAVERSALS) await expectRefused(await request.get(path), 400, "id");
  });
  expect(upstream).toEqual([]);
});

test("a malformed %-escape in the path is a 400, not Next's bare 500", async ({ request }) => {
  const upstream = await upstreamDuring(request, async () => {
    for (const segment of ["%", "%zz", "pay_%E2%82", "%C0%AF", "bat_%FF%FE", "%u0041", "%ED%A0%80"]) {
      await expectRefused(await request.get(`/api/payouts/${segment}`), 400);
      await expectRefused(await request.get(`/api/batches/${segment}/payouts`), 400);
      await expectRefused(await request.get(`/api/exports/batches/${segment}/payouts.csv`), 400);
      expect((await request.get(`/batches/${segment}`)).status()).toBe(400);
    }
  });
  expect(upstream).toEqual([]);
});

test("unknown parameters (url, host, path, …) are a 400 naming them on every data route", async ({ request }) => {
  const upstream = await upstreamDuring(request, async () => {
    for (const route of DATA_ROUTES) {
      for (const name of ["url", "host", "path", "redirect_uri", "base_url"]) {
        await expectRefused(await request.get(`${route}?${name}=${encodeURIComponent("http://evil.test/v1/balances")}`), 400, name);
      }
    }
  });
  expect(upstream).toEqual([]);
});

test("a value that smuggles parameters or URLs goes upstream only as that value", async ({ request }) => {
  const sneaky = "x&status=failed&url=http://evil.test/#frag";
  const upstream = await upstreamDuring(request, async () => {
    expect((await request.get(`/api/payouts?reference=${encodeURIComponent(sneaky)}&limit=5`)).status()).toBe(200);
    await expectRefused(await request.get(`/api/payouts?status=${encodeURIComponent("failed&url=http://evil.test")}`), 400, "status");
    await expectRefused(await request.get(`/api/payouts?cursor=${encodeURIComponent("../../v1/balances")}`), 400, "cursor");
  });
  // (A token mint may come first, if an earlier spec made the cached token unusable.)
  const resources = upstream.filter((r) => r.path.startsWith("/v1"));
  expect(resources.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /v1/payouts"]);
  const sent = new URL(resources[0]!.url, SANDBOX_URL).searchParams;
  expect([...sent.keys()].sort()).toEqual(["limit", "reference"]);
  expect(sent.get("reference")).toBe(sneaky);
});

test("oversized inputs are refused before anything goes upstream", async ({ request }) => {
  const upstream = await upstreamDuring(request, async () => {
    await expectRefused(await request.get(`/api/payouts?reference=${"r".repeat(10_000)}`), 400, "reference");
    await expectRefused(await request.get(`/api/payouts?${"status=failed&".repeat(200)}`), 400, "status");
    await expectRefused(await request.get(`/api/payouts?${Array.from({ length: 200 }, (_, i) => `status=s${i}`).join("&")}`), 400, "status");
    // Well-formed but far too long: IDs are at most 128 characters.
    await expectRefused(await request.get(`/api/payouts/pay_${"A".repeat(5_000)}`), 400, "id");
    await expectRefused(await request.get(`/api/batches/bat_${"A".repeat(5_000)}/payouts`), 400, "id");
    await expectRefused(await request.get(`/api/payouts?beneficiary_id=ben_${"A".repeat(500)}`), 400, "beneficiary_id");
    await expectRefused(await request.get(`/api/payouts/${"x".repeat(5_000)}`), 400, "id");
    await expectRefused(await request.get(`/api/payouts?${Array.from({ length: 1_000 }, (_, i) => `p${i}=1`).join("&")}`), 400, "p0");
    await expectRefused(await request.get("/api/payouts?limit=99999999999999999999999"), 400, "limit");
    await expectRefused(await request.get(`/api/payouts?cursor=${"c".repeat(5_000)}`), 400, "cursor");
    // Beyond Node's 16 KiB request head the HTTP server itself answers, before Next.
    const huge = await request.get(`/api/payouts?reference=${"r".repeat(40_000)}`);
    expect(huge.status()).toBeGreaterThanOrEqual(400);
    expect(huge.status()).toBeLessThan(500);
  });
  expect(upstream).toEqual([]);
});

test("POST, PUT, PATCH and DELETE on data routes are refused: 403 cross-site, 405 same-origin", async ({ request, baseURL }) => {
  const upstream = await upstreamDuring(request, async () => {
    for (const route of DATA_ROUTES) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        const crossSite = await request.fetch(route, { method, data: {}, headers: { Origin: "http://evil.test" } });
        await expectRefused(crossSite, 403);
        const sameOrigin = await request.fetch(route, { method, data: {}, headers: { Origin: baseURL! } });
        expect(sameOrigin.status(), `${method} ${route}`).toBe(405);
      }
    }
  });
  expect(upstream).toEqual([]);
});
