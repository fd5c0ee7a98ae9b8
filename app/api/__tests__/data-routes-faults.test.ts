import { afterEach, describe, expect, it } from "vitest";
import { callRoute, startSandboxFixture, type KeyKind, type SandboxFixture } from "@/test/sandbox-fixture";

// The matrix: both key types, nonce mode, a skewed clock, injected 429s and 503s,
// a token that expires mid-run, and a cold start under 100 concurrent requests.

type RouteModule = { GET: Parameters<typeof callRoute>[0] };
let fixture: SandboxFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

async function payoutsRoute(options: Parameters<typeof startSandboxFixture>[0]) {
  fixture = await startSandboxFixture(options);
  return (await fixture.importRoute<RouteModule>("payouts")).GET;
}

const payoutCalls = () => fixture!.sandbox.stats.requests.filter((request) => request.path === "/v1/payouts");

describe.each<[KeyKind, "EdDSA" | "Ed25519" | undefined]>([
  ["ES256", undefined],
  ["Ed25519", "EdDSA"],
  ["Ed25519", "Ed25519"],
])("with a %s key (alg %s)", (key, alg) => {
  it("reads payouts through the route", async () => {
    const GET = await payoutsRoute({ key, alg });
    const response = await callRoute(GET, "/api/payouts?limit=3");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { id: string }[] };
    expect(body.data.map((p) => p.id)).toEqual(fixture!.sandbox.data.payouts.slice(0, 3).map((p) => p.id));
  });
});

it("answers the sandbox's nonce challenge and succeeds", async () => {
  const GET = await payoutsRoute({ sandbox: { requireNonce: true } });
  const response = await callRoute(GET, "/api/payouts?limit=1");
  expect(response.status).toBe(200);
  // The challenge really happened: a refused attempt on the token endpoint or the resource.
  const refusals = fixture!.sandbox.stats.requests.filter((request) => request.status === 400 || request.status === 401);
  expect(refusals.length).toBeGreaterThan(0);
});

it.each([300, -300])("succeeds with the sandbox clock %i s off", async (clockOffsetS) => {
  const GET = await payoutsRoute({ sandbox: { clockOffsetS } });
  const response = await callRoute(GET, "/api/payouts?limit=1");
  expect(response.status).toBe(200);
});

it("retries 503s a bounded number of times, then answers 502 with the request id, and recovers", async () => {
  const GET = await payoutsRoute({ sandbox: { failRate: 1 } });
  const failed = await callRoute(GET, "/api/payouts?limit=1");
  expect(failed.status).toBe(502);
  const body = (await failed.json()) as { error: { code: string; request_id?: string } };
  expect(body.error.code).toBe("bad_upstream");
  expect(body.error.request_id).toMatch(/^req_/);
  expect(payoutCalls()).toHaveLength(3);

  fixture!.sandbox.setFaults({ failRate: 0 });
  expect((await callRoute(GET, "/api/payouts?limit=1")).status).toBe(200);
});

it("passes a 429 on as a 429 with Retry-After when the wait is longer than the budget", async () => {
  const GET = await payoutsRoute({ sandbox: { rateLimitPerMin: 2 } });
  // One request is the token mint; the next two fill the window.
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push((await callRoute(GET, "/api/payouts?limit=1")).status);
  const limited = await callRoute(GET, "/api/payouts?limit=1");
  expect(statuses).toContain(200);
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
  expect(((await limited.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
});

it("mints again once when the token expires mid-run", async () => {
  const GET = await payoutsRoute({ sandbox: { tokenTtlS: 3600 } });
  expect((await callRoute(GET, "/api/payouts?limit=1")).status).toBe(200);
  expect(fixture!.sandbox.stats.tokensMinted).toBe(1);
  // Move the sandbox's clock past the token's expiry: the cached token is now refused.
  fixture!.sandbox.setFaults({ clockOffsetS: 3700 });
  expect((await callRoute(GET, "/api/payouts?limit=1")).status).toBe(200);
  expect(fixture!.sandbox.stats.tokensMinted).toBe(2);
});

it("mints exactly one token for 100 concurrent cold-start requests", async () => {
  const GET = await payoutsRoute({});
  const responses = await Promise.all(Array.from({ length: 100 }, () => callRoute(GET, "/api/payouts?limit=1")));
  expect(responses.map((response) => response.status)).toEqual(Array(100).fill(200));
  expect(fixture!.sandbox.stats.tokensMinted).toBe(1);
});

it("gives up on a browser that went away, without waiting for Anton", async () => {
  const GET = await payoutsRoute({ sandbox: { latencyMs: 5_000 } });
  const controller = new AbortController();
  const pending = callRoute(GET, "/api/payouts?limit=1", {}, controller.signal);
  setTimeout(() => controller.abort(), 100);
  const response = await pending;
  expect(response.status).toBe(499);
});
