import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { CALM_FAULTS } from "@/test/calm-faults";
import { callRoute, startSandboxFixture, type SandboxFixture } from "@/test/sandbox-fixture";

// Fault injection at the route level: the real payouts route handler and lib/anton client
// against the real sandbox over HTTP, one sandbox knob per fault (docs/faults.md). For each
// fault: every call settles with a clean answer in the dashboard's error shape, no upstream
// request is attempted beyond its bound (counted from the sandbox's own log, one distinct
// URL per call), and calls succeed again once the fault clears.

type Handler = Parameters<typeof callRoute>[0];
type RouteModule = { GET: Handler };

/** 429/502/503/504 are tried at most this often per request, first try included (lib/anton/retry.ts). */
const MAX_TRANSIENT_ATTEMPTS = 3;
/** A hang detector only, far beyond the client's own 10 s deadline. Not a speed assertion. */
const HANG_GUARD_MS = 25_000;

interface Answer {
  url: string;
  status: number;
  retryAfter: string | null;
  body: {
    data?: unknown[];
    has_more?: boolean;
    next_cursor?: string;
    scan?: { scanned: number; bounded: boolean };
    error?: { code: string; message: string; request_id?: string };
  };
}

/** Calls the route; fails the test if the call (or its body) never settles. */
async function call(GET: Handler, url: string): Promise<Answer> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${url} never settled: something hangs`)), HANG_GUARD_MS);
  });
  try {
    const response = await Promise.race([callRoute(GET, url), hung]);
    const body = (await Promise.race([response.json(), hung])) as Answer["body"];
    return { url, status: response.status, retryAfter: response.headers.get("Retry-After"), body };
  } finally {
    clearTimeout(timer);
  }
}

const callAll = (GET: Handler, urls: string[]) => Promise.all(urls.map((url) => call(GET, url)));

/** `count` distinct calls (limit=from…), so each call's upstream attempts can be told apart. */
const payoutUrls = (from: number, count: number) => Array.from({ length: count }, (_, i) => `/api/payouts?limit=${from + i}`);
const upstreamOf = (url: string) => url.replace("/api/payouts", "/v1/payouts");

/**
 * Upstream statuses per request target as the sandbox logged them: answered attempts in
 * order, then abandoned ones (499: the client gave up waiting).
 */
async function attemptsByTarget(fixture: SandboxFixture, path: string): Promise<Map<string, number[]>> {
  // The sandbox logs on 'finish', a tick after the bytes left: let it catch up.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const byTarget = new Map<string, number[]>();
  for (const request of [...fixture.sandbox.stats.requests, ...fixture.sandbox.stats.abandoned]) {
    if (request.path === path) byTarget.set(request.url, [...(byTarget.get(request.url) ?? []), request.status]);
  }
  return byTarget;
}

async function tokenAttempts(fixture: SandboxFixture): Promise<number[]> {
  return (await attemptsByTarget(fixture, "/oauth/token")).get("/oauth/token") ?? [];
}

function expectRows(answer: Answer): void {
  expect({ url: answer.url, status: answer.status }).toEqual({ url: answer.url, status: 200 });
  expect(answer.body.data).toHaveLength(Number(new URL(answer.url, "http://x").searchParams.get("limit")));
}

/** The dashboard's error shape, a plain message, and nothing from upstream or the stack. */
function expectCleanError(answer: Answer, status: number, code: string, options: { requestId: boolean }): void {
  expect({ url: answer.url, status: answer.status, code: answer.body.error?.code }).toEqual({ url: answer.url, status, code });
  expect(Object.keys(answer.body)).toEqual(["error"]);
  const error = answer.body.error!;
  expect(Object.keys(error).sort()).toEqual(options.requestId ? ["code", "message", "request_id"] : ["code", "message"]);
  if (options.requestId) expect(error.request_id).toMatch(/^req_[0-9a-f]{24}$/);
  expect(error.message).toMatch(/^[A-Z][^<>{}]+\.$/);
  expect(JSON.stringify(answer.body)).not.toMatch(/\/v1\/|oauth|<html|temporarily_unavailable|\n\s+at /i);
}

/** Each call made 1…max upstream attempts; returns the attempts of each, in call order. */
function expectBounded(answers: Answer[], log: Map<string, number[]>, max = MAX_TRANSIENT_ATTEMPTS): number[][] {
  return answers.map((answer) => {
    const statuses = log.get(upstreamOf(answer.url)) ?? [];
    expect(statuses.length, `${answer.url}: ${statuses.join(",")}`).toBeGreaterThanOrEqual(1);
    expect(statuses.length, `${answer.url}: ${statuses.join(",")}`).toBeLessThanOrEqual(max);
    return statuses;
  });
}

// One sandbox for the file (generating its data is the slow part of a fixture).
let fixture: SandboxFixture;
beforeAll(async () => {
  // ANTON_TIMEOUT_MS short for the latency tests (first), so a timeout is proven without
  // waiting out the default 8 s; the other tests run with the default.
  fixture = await startSandboxFixture({ sandbox: { latencyMs: 5_000 }, env: { ANTON_TIMEOUT_MS: "1500" } });
});
afterAll(() => fixture.close());

/** The payouts route from a fresh module graph, so the dashboard re-reads its environment. */
async function loadPayoutsRoute(): Promise<Handler> {
  vi.resetModules();
  fixture.forgetClient();
  return (await fixture.importRoute<RouteModule>("payouts")).GET;
}

describe("Anton answering after 5 s (per-attempt timeout 1.5 s)", () => {
  let GET: Handler;
  beforeAll(async () => {
    GET = await loadPayoutsRoute();
  });

  it("a cold start whose token request times out answers 504 after one token attempt, and recovers with one mint", async () => {
    const [answer] = await callAll(GET, payoutUrls(1, 1));
    expectCleanError(answer!, 504, "upstream_timeout", { requestId: false });
    // The abandoned attempt is logged (as 499) when its connection closes.
    await expect.poll(() => fixture.sandbox.stats.abandoned.length).toBeGreaterThanOrEqual(1);
    expect(await tokenAttempts(fixture)).toEqual([499]);
    expect((await attemptsByTarget(fixture, "/v1/payouts")).size).toBe(0);

    fixture.sandbox.setFaults({ latencyMs: 0 });
    fixture.sandbox.resetStats();
    expectRows((await callAll(GET, payoutUrls(1, 1)))[0]!);
    expect(fixture.sandbox.stats.tokensMinted).toBe(1);
  });

  it("with a cached token, concurrent calls each answer 504 after at most 3 attempts, none of them a mint", async () => {
    fixture.sandbox.setFaults({ latencyMs: 5_000 });
    fixture.sandbox.resetStats();
    const answers = await callAll(GET, payoutUrls(1, 5));
    answers.forEach((answer) => expectCleanError(answer, 504, "upstream_timeout", { requestId: false }));
    await expect.poll(() => fixture.sandbox.stats.abandoned.length).toBeGreaterThanOrEqual(5);
    const log = await attemptsByTarget(fixture, "/v1/payouts");
    expect(log.size).toBe(5);
    for (const statuses of expectBounded(answers, log)) expect(new Set(statuses)).toEqual(new Set([499]));
    expect(await tokenAttempts(fixture)).toEqual([]);
  });

  it("recovers as soon as Anton is quick again: one attempt per call", async () => {
    fixture.sandbox.setFaults({ latencyMs: 0 });
    fixture.sandbox.resetStats();
    const answers = await callAll(GET, payoutUrls(1, 5));
    answers.forEach(expectRows);
    const log = await attemptsByTarget(fixture, "/v1/payouts");
    for (const statuses of expectBounded(answers, log)) expect(statuses).toEqual([200]);
  });
});

describe("the other faults (each test starts from a cold dashboard client)", () => {
  let GET: Handler;
  beforeAll(async () => {
    vi.stubEnv("ANTON_TIMEOUT_MS", ""); // blank = the default 8 s per attempt
    GET = await loadPayoutsRoute();
  });
  beforeEach(() => {
    fixture.sandbox.setFaults(CALM_FAULTS);
    fixture.forgetClient();
    fixture.sandbox.resetStats();
  });

  const warmUp = async () => {
    expectRows(await call(GET, "/api/payouts?limit=100"));
    fixture.sandbox.resetStats();
  };

  it("a sparse transactions search under 5 s of latency answers with what it read instead of waiting out 50 pages, and resumes", async () => {
    const transactions = (await fixture.importRoute<RouteModule>("transactions")).GET;
    expect((await call(transactions, "/api/transactions?limit=1")).status).toBe(200);
    fixture.sandbox.setFaults({ latencyMs: 5_000 });
    fixture.sandbox.resetStats();
    // Nothing matches, so without a time bound the scan reads 5,000 rows: 50 pages × 5 s.
    const search = "/api/transactions?limit=20&created_before=2001-01-01T00:00:00Z";
    const slow = await call(transactions, search);
    expect(slow.status).toBe(200);
    expect(slow.body).toMatchObject({ data: [], has_more: true, scan: { bounded: true } });
    expect(slow.body.scan!.scanned).toBeLessThan(5_000);
    const reads = (await attemptsByTarget(fixture, "/v1/transactions")).values();
    expect([...reads].flat()).toEqual(Array(slow.body.scan!.scanned / 100).fill(200));

    fixture.sandbox.setFaults({ latencyMs: 0 });
    const resumed = await call(transactions, `${search}&cursor=${slow.body.next_cursor}`);
    expect(resumed.status).toBe(200);
    expect(resumed.body.scan!.scanned).toBeGreaterThan(0);
  });

  it("30% 503s: every call gets its rows or a clean 502 with a request id, within 3 attempts; all succeed once cleared", async () => {
    fixture.sandbox.setFaults({ failRate: 0.3 });
    const answers = await callAll(GET, payoutUrls(1, 60));
    const log = await attemptsByTarget(fixture, "/v1/payouts");
    expect(log.size).toBe(60);
    const attempts = expectBounded(answers, log);
    answers.forEach((answer, i) => {
      const statuses = attempts[i]!;
      if (answer.status === 200) {
        expectRows(answer);
        expect(statuses).toEqual([...Array<number>(statuses.length - 1).fill(503), 200]);
      } else {
        expectCleanError(answer, 502, "bad_upstream", { requestId: true });
        expect(statuses).toEqual([503, 503, 503]);
      }
    });
    // The fault was real: at 30 %, 60 calls without a single retry happen once in ~10^9 runs.
    expect(attempts.some((statuses) => statuses.length > 1)).toBe(true);
    expect(fixture.sandbox.stats.tokensMinted).toBe(1);

    fixture.sandbox.setFaults({ failRate: 0 });
    fixture.sandbox.resetStats();
    const recovered = await callAll(GET, payoutUrls(61, 20));
    recovered.forEach(expectRows);
    for (const statuses of expectBounded(recovered, await attemptsByTarget(fixture, "/v1/payouts"))) expect(statuses).toEqual([200]);
  });

  it("a burst of 429s: clean 429s with Retry-After, never retried past the bound; success once the window resets", async () => {
    await warmUp();
    fixture.sandbox.setFaults({ rateLimitPerMin: 3 }); // a fresh window with room for 3
    const answers = await callAll(GET, payoutUrls(1, 12));
    const log = await attemptsByTarget(fixture, "/v1/payouts");
    const attempts = expectBounded(answers, log);
    const served = answers.filter((answer) => answer.status === 200);
    expect(served).toHaveLength(3);
    served.forEach(expectRows);
    answers.forEach((answer, i) => {
      if (answer.status === 200) return;
      expectCleanError(answer, 429, "rate_limited", { requestId: true });
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(answer.retryAfter)).toBeLessThanOrEqual(60);
      expect(attempts[i]!.every((status) => status === 429)).toBe(true);
    });
    expect(await tokenAttempts(fixture)).toEqual([]);

    fixture.sandbox.setFaults({ rateLimitPerMin: 100_000 }); // the window resets
    fixture.sandbox.resetStats();
    const recovered = await callAll(GET, payoutUrls(1, 12));
    recovered.forEach(expectRows);
    for (const statuses of expectBounded(recovered, await attemptsByTarget(fixture, "/v1/payouts"))) expect(statuses).toEqual([200]);
  });

  it("token endpoint down at a cold start: concurrent calls share one mint of 3 attempts, answer a clean 502, and one mint recovers", async () => {
    fixture.sandbox.setFaults({ tokenEndpointDown: true });
    const answers = await callAll(GET, payoutUrls(1, 5));
    answers.forEach((answer) => expectCleanError(answer, 502, "bad_upstream", { requestId: true }));
    expect(await tokenAttempts(fixture)).toEqual([503, 503, 503]);
    expect((await attemptsByTarget(fixture, "/v1/payouts")).size).toBe(0);

    fixture.sandbox.setFaults({ tokenEndpointDown: false });
    fixture.sandbox.resetStats();
    (await callAll(GET, payoutUrls(1, 5))).forEach(expectRows);
    (await callAll(GET, payoutUrls(6, 5))).forEach(expectRows);
    expect(await tokenAttempts(fixture)).toEqual([200]);
    expect(fixture.sandbox.stats.tokensMinted).toBe(1);
  });

  it("token endpoint down with a cached token: reads go on; once the token expires each call tries at most 3 mints; one mint recovers", async () => {
    fixture.sandbox.setFaults({ tokenTtlS: 3_600 });
    await warmUp();
    fixture.sandbox.setFaults({ tokenEndpointDown: true });
    (await callAll(GET, payoutUrls(1, 5))).forEach(expectRows);
    expect(await tokenAttempts(fixture)).toEqual([]);

    // Sandbox time moves past the token's expiry; the dashboard only learns it from the refusal.
    fixture.sandbox.setFaults({ clockOffsetS: 3_700 });
    for (const url of payoutUrls(10, 2)) {
      fixture.sandbox.resetStats();
      expectCleanError(await call(GET, url), 502, "bad_upstream", { requestId: true });
      expect(await tokenAttempts(fixture)).toEqual([503, 503, 503]);
      expect((await attemptsByTarget(fixture, "/v1/payouts")).get(upstreamOf(url))?.length ?? 0).toBeLessThanOrEqual(MAX_TRANSIENT_ATTEMPTS);
    }

    fixture.sandbox.setFaults({ tokenEndpointDown: false });
    fixture.sandbox.resetStats();
    (await callAll(GET, payoutUrls(20, 5))).forEach(expectRows);
    (await callAll(GET, payoutUrls(25, 5))).forEach(expectRows);
    expect(await tokenAttempts(fixture)).toEqual([200]);
    expect(fixture.sandbox.stats.tokensMinted).toBe(1);
  });

  it.each(["html", "truncated"] as const)("%s instead of a 200: a clean 502 bad_upstream with a request id, bounded, and recovery", async (malformedKind) => {
    await warmUp();
    fixture.sandbox.setFaults({ malformedRate: 1, malformedKind });
    const answers = await callAll(GET, payoutUrls(1, 5));
    answers.forEach((answer) => expectCleanError(answer, 502, "bad_upstream", { requestId: true }));
    const log = await attemptsByTarget(fixture, "/v1/payouts");
    for (const statuses of expectBounded(answers, log)) expect(new Set(statuses)).toEqual(new Set([200]));

    fixture.sandbox.setFaults({ malformedRate: 0 });
    fixture.sandbox.resetStats();
    const recovered = await callAll(GET, payoutUrls(1, 5));
    recovered.forEach(expectRows);
    for (const statuses of expectBounded(recovered, await attemptsByTarget(fixture, "/v1/payouts"))) expect(statuses).toEqual([200]);
  });

  it("half the answers truncated: each call gets all its rows or a clean 502, never a partial page", async () => {
    fixture.sandbox.setFaults({ malformedRate: 0.5, malformedKind: "truncated" });
    const answers = await callAll(GET, payoutUrls(1, 40));
    expectBounded(answers, await attemptsByTarget(fixture, "/v1/payouts"));
    for (const answer of answers) {
      if (answer.status === 200) expectRows(answer);
      else expectCleanError(answer, 502, "bad_upstream", { requestId: true });
    }
    // Both outcomes occurred (each is missing about once in 10^12 runs).
    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([200, 502]));
  });

  it.each([300, -300])("a cold start with the clock %i s off: 30 concurrent calls succeed, each within one clock retry", async (clockOffsetS) => {
    fixture.sandbox.setFaults({ clockOffsetS });
    const answers = await callAll(GET, payoutUrls(1, 30));
    answers.forEach(expectRows);
    expectBounded(answers, await attemptsByTarget(fixture, "/v1/payouts"), 2);
    const mints = await tokenAttempts(fixture);
    expect(mints.length).toBeLessThanOrEqual(2);
    expect(mints.at(-1)).toBe(200);
    expect(fixture.sandbox.stats.tokensMinted).toBe(1);
  });

  it("the clock jumping 5 minutes ahead, then behind, during a run: every call succeeds within its bounded retries", async () => {
    const wave = async (n: number, max: number) => {
      fixture.sandbox.resetStats();
      const answers = await callAll(GET, payoutUrls(1 + n * 10, 10));
      answers.forEach(expectRows);
      return expectBounded(answers, await attemptsByTarget(fixture, "/v1/payouts"), max);
    };
    expect((await wave(0, 1)).flat()).toEqual(Array(10).fill(200));
    // Ahead: the proofs' iat is refused once per call, the clock is learned, the retry passes.
    fixture.sandbox.setFaults({ clockOffsetS: 300 });
    expect((await wave(1, 2)).some((statuses) => statuses.length === 2)).toBe(true);
    expect(fixture.sandbox.stats.tokensMinted).toBe(0);
    // Behind: the proof is refused, then the token (minted "in the future") too: one re-mint, shared.
    fixture.sandbox.setFaults({ clockOffsetS: -300 });
    expect((await wave(2, 3)).some((statuses) => statuses.length > 1)).toBe(true);
    expect(fixture.sandbox.stats.tokensMinted).toBe(1);
    // Back to true time.
    fixture.sandbox.setFaults({ clockOffsetS: 0 });
    await wave(3, 2);
    expect(fixture.sandbox.stats.tokensMinted).toBe(0);
  });

  it("nonce mode from the start: 30 concurrent calls succeed; the mint is challenged once, each call at most once", async () => {
    fixture.sandbox.setFaults({ requireNonce: true });
    const answers = await callAll(GET, payoutUrls(1, 30));
    answers.forEach(expectRows);
    expect(await tokenAttempts(fixture)).toEqual([400, 200]);
    expectBounded(answers, await attemptsByTarget(fixture, "/v1/payouts"), 2);
  });

  it("nonce mode switched on mid-run, then off: every call succeeds, each challenged at most once, no new mint", async () => {
    await warmUp();
    fixture.sandbox.setFaults({ requireNonce: true });
    const challenged = await callAll(GET, payoutUrls(1, 30));
    challenged.forEach(expectRows);
    const attempts = expectBounded(challenged, await attemptsByTarget(fixture, "/v1/payouts"), 2);
    expect(attempts.some((statuses) => statuses[0] === 401)).toBe(true);
    for (const statuses of attempts) expect(statuses.at(-1)).toBe(200);

    fixture.sandbox.setFaults({ requireNonce: false });
    fixture.sandbox.resetStats();
    const after = await callAll(GET, payoutUrls(31, 10));
    after.forEach(expectRows);
    for (const statuses of expectBounded(after, await attemptsByTarget(fixture, "/v1/payouts"))) expect(statuses).toEqual([200]);
    expect(fixture.sandbox.stats.tokensMinted).toBe(0);
  });
});
