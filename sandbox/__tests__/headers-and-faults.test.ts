import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTestSandbox, type TestSandbox } from "./helpers/sandbox.js";

// Headers every response carries, the rate limit, the fault knobs, and the
// SANDBOX_CONTROL endpoints that set them from another process.

let t: TestSandbox;
let token: string;
beforeAll(async () => {
  t = await startTestSandbox({ controlEnabled: true });
  token = await t.client.mint();
});
afterEach(() => {
  t.sandbox.setFaults({ latencyMs: 0, failRate: 0, requireNonce: false, clockOffsetS: 0, rateLimitPerMin: 1_000_000 });
  t.client.clockOffsetS = 0;
  t.client.nonce = undefined;
});
afterAll(() => t.sandbox.close());

function expectCommonHeaders(res: Response): void {
  expect(res.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{24}$/);
  expect(res.headers.get("x-ratelimit-limit")).toMatch(/^\d+$/);
  expect(res.headers.get("x-ratelimit-remaining")).toMatch(/^\d+$/);
  const reset = Number(res.headers.get("x-ratelimit-reset"));
  expect(reset).toBeGreaterThan(Date.now() / 1000);
  expect(reset).toBeLessThanOrEqual(Date.now() / 1000 + 61);
  expect(Math.abs(Date.parse(res.headers.get("date")!) - Date.now())).toBeLessThan(5_000);
}

describe("every response", () => {
  it("carries X-Request-ID, X-RateLimit-* and Date, on success and on error", async () => {
    const responses = [
      await t.client.request("/v1/payouts?limit=1", token),
      await t.client.tokenRequest(),
      await fetch(`${t.sandbox.url}/.well-known/jwks.json`),
      await fetch(`${t.sandbox.url}/v1/payouts`),
      await t.client.request("/v1/payouts?limit=0", token),
      await t.client.tokenRequest({ proof: null }),
      await fetch(`${t.sandbox.url}/nowhere`),
      await t.client.request("/v1/nowhere", token),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 401, 400, 400, 404, 404]);
    responses.forEach(expectCommonHeaders);
    const ids = new Set(responses.map((r) => r.headers.get("x-request-id")));
    expect(ids.size).toBe(responses.length);
  });

  it("answers unknown paths with a 404 envelope and wrong methods with 405", async () => {
    const missing = await fetch(`${t.sandbox.url}/nowhere`);
    expect(await missing.json()).toMatchObject({ error: { code: "not_found" } });
    const post = await t.client.request("/v1/payouts", token, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET");
    expect(await post.json()).toMatchObject({ error: { code: "method_not_allowed" } });
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After once the rolling window is full", async () => {
    t.sandbox.setFaults({ rateLimitPerMin: 3 });
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await t.client.request("/v1/balances", token);
      expect(res.status).toBe(200);
      remaining.push(res.headers.get("x-ratelimit-remaining")!);
    }
    expect(remaining).toEqual(["2", "1", "0"]);
    const limited = await t.client.request("/v1/balances", token);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("x-ratelimit-limit")).toBe("3");
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    expect(await limited.json()).toEqual({ error: { message: "rate limit exceeded", code: "rate_limited" } });
    expectCommonHeaders(limited);
    // The token endpoint shares the window and answers in the OAuth shape.
    const mint = await t.client.tokenRequest();
    expect(mint.status).toBe(429);
    expect(((await mint.json()) as { error: string }).error).toBe("rate_limited");
  });
});

describe("nonce mode (SANDBOX_REQUIRE_NONCE)", () => {
  it("challenges the token request, then mints with the nonce", async () => {
    t.sandbox.setFaults({ requireNonce: true });
    const challenge = await t.client.tokenRequest();
    expect(challenge.status).toBe(400);
    expect(((await challenge.json()) as { error: string }).error).toBe("use_dpop_nonce");
    const nonce = challenge.headers.get("dpop-nonce");
    expect(nonce).toBeTruthy();

    t.client.nonce = nonce!;
    const ok = await t.client.tokenRequest();
    expect(ok.status).toBe(200);
    expect(ok.headers.get("dpop-nonce")).toBeTruthy();
  });

  it("challenges a resource request with 401 use_dpop_nonce, then serves it", async () => {
    t.sandbox.setFaults({ requireNonce: true });
    const challenge = await t.client.request("/v1/balances", token);
    expect(challenge.status).toBe(401);
    expect(challenge.headers.get("www-authenticate")).toMatch(/^DPoP error="use_dpop_nonce"/);
    expect(((await challenge.json()) as { error: { code: string } }).error.code).toBe("use_dpop_nonce");
    const nonce = challenge.headers.get("dpop-nonce")!;
    expect(nonce).toBeTruthy();

    t.client.nonce = nonce;
    const ok = await t.client.request("/v1/balances", token);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("dpop-nonce")).toBeTruthy();
  });

  it("refuses a nonce the server never issued", async () => {
    t.sandbox.setFaults({ requireNonce: true });
    t.client.nonce = "made-up";
    const res = await t.client.request("/v1/balances", token);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/use_dpop_nonce/);
  });
});

describe("clock offset (SANDBOX_CLOCK_OFFSET_S)", () => {
  it("shifts the Date header and the iat window", async () => {
    t.sandbox.setFaults({ clockOffsetS: 3600 });
    const refused = await t.client.request("/v1/balances", token);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/iat/);
    const shift = Date.parse(refused.headers.get("date")!) - Date.now();
    expect(Math.abs(shift - 3_600_000)).toBeLessThan(5_000);

    t.client.clockOffsetS = 3600;
    expect((await t.client.request("/v1/balances", token)).status).toBe(200);
    expect((await t.client.tokenRequest()).status).toBe(200);
  });
});

describe("failures and latency", () => {
  it("SANDBOX_FAIL_RATE 1 answers every /v1 request with the 503 envelope", async () => {
    t.sandbox.setFaults({ failRate: 1 });
    for (let i = 0; i < 3; i++) {
      const res = await t.client.request("/v1/payouts", token);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ error: { message: "internal server error", code: "service_unavailable" } });
      expectCommonHeaders(res);
    }
    expect((await t.client.tokenRequest()).status).toBe(200);
  });

  it("SANDBOX_LATENCY_MS delays responses", async () => {
    t.sandbox.setFaults({ latencyMs: 300 });
    const started = performance.now();
    expect((await t.client.request("/v1/balances", token)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });
});

describe("stats", () => {
  it("counts requests and mints, and resets", async () => {
    t.sandbox.resetStats();
    expect(t.sandbox.stats).toEqual({ tokensMinted: 0, requests: [], abandoned: [] });
    await t.client.mint();
    await t.client.request("/v1/payouts?status=failed", token);
    await new Promise((r) => setTimeout(r, 20));
    expect(t.sandbox.stats.tokensMinted).toBe(1);
    expect(t.sandbox.stats.requests).toEqual([
      { method: "POST", path: "/oauth/token", status: 200, url: "/oauth/token" },
      { method: "GET", path: "/v1/payouts", status: 200, url: "/v1/payouts?status=failed" },
    ]);
  });

});

const post = (path: string, body?: unknown) =>
  fetch(`${t.sandbox.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });

describe("/__sandbox control", () => {
  it("POST /__sandbox/faults applies faults", async () => {
    const res = await post("/__sandbox/faults", { failRate: 1 });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toMatch(/^req_/);
    expect((await t.client.request("/v1/balances", token)).status).toBe(503);
    await post("/__sandbox/faults", { failRate: 0 });
    expect((await t.client.request("/v1/balances", token)).status).toBe(200);
  });

  it("refuses malformed or unknown faults", async () => {
    for (const body of [{ failRate: 2 }, { latencyMs: -1 }, { requireNonce: "yes" }, { bogus: 1 }, [1]]) {
      const res = await post("/__sandbox/faults", body);
      expect(res.status).toBe(400);
    }
    expect((await fetch(`${t.sandbox.url}/__sandbox/faults`, { method: "POST", body: "{" })).status).toBe(400);
  });

  it("GET /__sandbox/stats and POST /__sandbox/reset-stats", async () => {
    expect((await post("/__sandbox/reset-stats")).status).toBe(204);
    await t.client.request("/v1/payouts", token);
    const stats = (await (await fetch(`${t.sandbox.url}/__sandbox/stats`)).json()) as { tokensMinted: number; requests: Array<{ path: string }> };
    expect(stats.tokensMinted).toBe(0);
    expect(stats.requests.map((r) => r.path)).toEqual(["/v1/payouts"]);
  });

  it("answers 405 to the wrong method", async () => {
    expect((await fetch(`${t.sandbox.url}/__sandbox/faults`)).status).toBe(405);
  });
});
