import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { createAntonClient, type AntonClientOptions } from "@/lib/anton/client";
import type { AntonConfig } from "@/lib/anton/config";
import { AntonAuthError, AntonRateLimitError, AntonTimeoutError } from "@/lib/anton/errors";
// Tests may drive the sandbox through its programmatic API; lib/anton itself never imports it.
import type { SandboxHandle } from "@/sandbox/server";

import { generateTestKey, testConfig, type TestKey } from "./helpers/keys";
import { CALM_FAULTS } from "@/test/calm-faults";
import { requestLog, startTestSandbox } from "./helpers/sandbox";

// The client against the real sandbox over HTTP: two independent DPoP implementations
// (jose here, node:crypto there) must agree on every rule.

const es256 = generateTestKey("ES256");
const ed25519 = generateTestKey("Ed25519");
let sandbox: SandboxHandle;

beforeAll(async () => {
  sandbox = await startTestSandbox([es256.publicJwk, ed25519.publicJwk]);
});
afterAll(() => sandbox?.close());
beforeEach(() => {
  sandbox.setFaults(CALM_FAULTS);
  sandbox.resetStats();
});
afterEach(() => {
  vi.restoreAllMocks();
});

function client(key: TestKey = es256, options: AntonClientOptions = {}, overrides: Partial<AntonConfig> = {}) {
  return createAntonClient(testConfig(sandbox.url, key, overrides), options);
}

/** fetch that counts calls per path and can react to responses. */
function observedFetch(onResponse?: (url: URL, res: Response) => void) {
  const calls: { url: URL; signal: AbortSignal | undefined }[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    calls.push({ url, signal: init?.signal ?? undefined });
    const res = await fetch(input, init);
    onResponse?.(url, res);
    return res;
  };
  return { fetch: fetchImpl, calls };
}

describe("keys and algorithms", () => {
  it.each([
    ["ES256", es256, undefined],
    ["EdDSA", ed25519, undefined],
    ["Ed25519", ed25519, "Ed25519" as const],
  ])("lists payouts with %s proofs and pages on the cursor", async (_, key, dpopAlg) => {
    const anton = client(key, {}, { dpopAlg });
    const first = await anton.listPayouts({ limit: 5 });
    expect(first.data.map((p) => p.id)).toEqual(sandbox.data.payouts.slice(0, 5).map((p) => p.id));
    expect(first.has_more).toBe(true);
    const second = await anton.listPayouts({ limit: 5, cursor: first.next_cursor });
    expect(second.data.map((p) => p.id)).toEqual(sandbox.data.payouts.slice(5, 10).map((p) => p.id));
    expect(sandbox.stats.tokensMinted).toBe(1);
  });

  it("refuses a wrong client secret with invalid_client and no secret in the error", async () => {
    const wrong = `ant_ocs_sandbox_${"c3".repeat(24)}`;
    const error = await client(es256, {}, { clientSecret: wrong }).listPayouts().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AntonAuthError);
    expect(error).toMatchObject({ status: 401, code: "invalid_client" });
    expect(`${(error as Error).message}${JSON.stringify(error)}`).not.toContain("c3c3c3");
  });

  it("surfaces a key the sandbox does not know as invalid_dpop_proof, without retry storms", async () => {
    const error = await client(generateTestKey("ES256")).listPayouts().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, code: "invalid_dpop_proof" });
    expect(requestLog(sandbox)).toEqual(["POST /oauth/token 400"]);
  });
});

describe("resources validate the sandbox's data", () => {
  it("reads every resource and keeps batch row order", async () => {
    const anton = client();
    const payout = sandbox.data.payouts[3]!;
    expect(await anton.getPayout(payout.id)).toEqual(payout);

    const batches = await anton.listBatches({ limit: 3 });
    expect(batches.data.map((b) => b.id)).toEqual(sandbox.data.batches.slice(0, 3).map((b) => b.id));
    const batch = sandbox.data.batches[0]!;
    expect((await anton.getBatch(batch.id)).id).toBe(batch.id);
    const rows = await anton.listBatchPayouts(batch.id, { limit: 100 });
    expect(rows.data.map((p) => p.id)).toEqual(sandbox.data.batchRows.get(batch.id)!.slice(0, 100));

    const txns = await anton.listTransactions({ limit: 10 });
    expect(txns.data.map((t) => t.id)).toEqual(sandbox.data.transactions.slice(0, 10).map((t) => t.id));
    const currency = sandbox.data.accounts[0]!.currency;
    const inCurrency = await anton.listTransactions({ currency, limit: 20 });
    expect(inCurrency.data.every((t) => t.currency === currency)).toBe(true);

    expect((await anton.listAccounts()).data.length).toBeGreaterThan(0);
    expect((await anton.listBalances()).data).toEqual(sandbox.data.balances);

    const filtered = await anton.listPayouts({ status: ["failed", "returned"], limit: 50 });
    expect(filtered.data.length).toBeGreaterThan(0);
    expect(filtered.data.every((p) => p.status === "failed" || p.status === "returned")).toBe(true);
    expect(sandbox.stats.requests.at(-1)?.url).toBe("/v1/payouts?limit=50&status=failed&status=returned");
  });

  it("validates every payout and transaction the sandbox generates", async () => {
    const anton = client();
    let cursor: string | undefined;
    let payouts = 0;
    do {
      const page = await anton.listPayouts({ limit: 100, cursor });
      payouts += page.data.length;
      cursor = page.next_cursor;
    } while (cursor);
    expect(payouts).toBe(sandbox.data.payouts.length);
    cursor = undefined;
    let txns = 0;
    do {
      const page = await anton.listTransactions({ limit: 100, cursor });
      txns += page.data.length;
      cursor = page.next_cursor;
    } while (cursor);
    expect(txns).toBe(sandbox.data.transactions.length);
  }, 60_000);

  it("maps the sandbox's 404 with its request id", async () => {
    const error = await client().getPayout("pay_doesnotexist").catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: expect.any(String) });
    expect((error as { requestId?: string }).requestId).toMatch(/^req_/);
  });
});

describe("DPoP nonces", () => {
  it("answers the nonce challenge at the token endpoint and keeps using the nonce", async () => {
    sandbox.setFaults({ requireNonce: true });
    const anton = client(ed25519);
    await anton.listPayouts({ limit: 1 });
    await anton.listPayouts({ limit: 1 });
    expect(requestLog(sandbox)).toEqual([
      "POST /oauth/token 400",
      "POST /oauth/token 200",
      "GET /v1/payouts 200",
      "GET /v1/payouts 200",
    ]);
  });

  it("recovers when nonces are switched on after the token was minted (401 use_dpop_nonce)", async () => {
    const anton = client();
    await anton.listPayouts({ limit: 1 });
    sandbox.setFaults({ requireNonce: true });
    await anton.listPayouts({ limit: 1 });
    expect(requestLog(sandbox, "/v1/payouts")).toEqual(["GET /v1/payouts 200", "GET /v1/payouts 401", "GET /v1/payouts 200"]);
    expect(sandbox.stats.tokensMinted).toBe(1);
  });
});

describe("clock skew", () => {
  it.each([300, -300])("learns a server clock offset of %i s from the Date header", async (offset) => {
    sandbox.setFaults({ clockOffsetS: offset });
    const anton = client();
    await anton.listPayouts({ limit: 1 });
    await anton.listPayouts({ limit: 1 });
    expect(requestLog(sandbox)).toEqual([
      "POST /oauth/token 400",
      "POST /oauth/token 200",
      "GET /v1/payouts 200",
      "GET /v1/payouts 200",
    ]);
  });

  it("re-learns when the server clock jumps forward after the token was minted", async () => {
    const anton = client();
    await anton.listPayouts({ limit: 1 });
    sandbox.setFaults({ clockOffsetS: 300 });
    await anton.listPayouts({ limit: 1 });
    expect(requestLog(sandbox)).toEqual([
      "POST /oauth/token 200",
      "GET /v1/payouts 200",
      "GET /v1/payouts 401", // invalid_dpop_proof: iat too far → offset learned
      "GET /v1/payouts 200",
    ]);
  });

  it("when the server clock jumps back, learns the offset and then re-mints the not-yet-valid token", async () => {
    const anton = client();
    await anton.listPayouts({ limit: 1 });
    sandbox.setFaults({ clockOffsetS: -300 });
    await anton.listPayouts({ limit: 1 });
    expect(requestLog(sandbox)).toEqual([
      "POST /oauth/token 200",
      "GET /v1/payouts 200",
      "GET /v1/payouts 401", // invalid_dpop_proof: iat too far → offset learned
      "GET /v1/payouts 401", // invalid_token: issued "in the future" for the new clock
      "POST /oauth/token 200",
      "GET /v1/payouts 200",
    ]);
  });
});

describe("rate limits", () => {
  it("waits out a 429 burst for the Retry-After the sandbox gives, then succeeds", async () => {
    // Fill a 5-per-minute window with requests stamped 58.5 s in the past (the sandbox's
    // window and our client both read Date.now), so the window frees up ~1.5 s from now.
    sandbox.setFaults({ rateLimitPerMin: 5 });
    const realNow = Date.now.bind(Date);
    let shiftMs = -58_500;
    vi.spyOn(Date, "now").mockImplementation(() => realNow() + shiftMs);
    const anton = client();
    for (let i = 0; i < 4; i++) await anton.listPayouts({ limit: 1 }); // + 1 mint = 5 hits
    shiftMs = 0;
    sandbox.resetStats();

    const started = realNow();
    const pages = await Promise.all(Array.from({ length: 5 }, () => anton.listPayouts({ limit: 1 })));
    const elapsed = realNow() - started;

    expect(pages).toHaveLength(5);
    const log = requestLog(sandbox, "/v1/payouts");
    expect(log.slice(0, 5)).toEqual(Array(5).fill("GET /v1/payouts 429"));
    expect(log.filter((l) => l.endsWith(" 200"))).toHaveLength(5);
    // Retry-After is 1–2 s here (how long the prefill took); no retry came sooner.
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(5_000);
  });

  it("does not wait out a Retry-After beyond the cap: the 429 goes back with retryAfter", async () => {
    sandbox.setFaults({ rateLimitPerMin: 2 });
    const anton = client();
    await anton.listPayouts({ limit: 1 }); // mint + 1
    const error = await anton.listPayouts({ limit: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AntonRateLimitError);
    expect((error as AntonRateLimitError).retryAfter).toBeGreaterThan(5);
    expect(requestLog(sandbox, "/v1/payouts")).toEqual(["GET /v1/payouts 200", "GET /v1/payouts 429"]);
  });
});

describe("503s", () => {
  it("retries a 503 and succeeds when the upstream recovers", async () => {
    const anton = client(es256, {
      fetch: observedFetch((_, res) => {
        if (res.status === 503) sandbox.setFaults({ failRate: 0 });
      }).fetch,
    });
    sandbox.setFaults({ failRate: 1 });
    await expect(anton.listPayouts({ limit: 1 })).resolves.toMatchObject({ has_more: true });
    expect(requestLog(sandbox, "/v1/payouts")).toEqual(["GET /v1/payouts 503", "GET /v1/payouts 200"]);
  });

  it("bounds retries of a persistent 503: three attempts, then the error", async () => {
    sandbox.setFaults({ failRate: 1 });
    const started = Date.now();
    await expect(client().listPayouts({ limit: 1 })).rejects.toMatchObject({ status: 503 });
    expect(requestLog(sandbox, "/v1/payouts")).toEqual(Array(3).fill("GET /v1/payouts 503"));
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("token expiry", () => {
  it("keeps working while 2 s tokens expire underneath a stream of requests", async () => {
    sandbox.setFaults({ tokenTtlS: 2 });
    const anton = client();
    const until = Date.now() + 4_500;
    let done = 0;
    while (Date.now() < until) {
      await anton.listPayouts({ limit: 1 });
      done += 1;
      await new Promise((r) => setTimeout(r, 150));
    }
    expect(done).toBeGreaterThan(10);
    expect(sandbox.stats.tokensMinted).toBeGreaterThanOrEqual(3);
    // The cache drops a token before the sandbox expires it; a request racing the very
    // edge may still meet invalid_token and is then recovered by a re-mint.
    expect(requestLog(sandbox).filter((l) => !l.endsWith(" 200") && l !== "GET /v1/payouts 401")).toEqual([]);
  }, 15_000);

  it("on invalid_token re-mints exactly once and retries", async () => {
    // The client's clock is frozen, so it still believes the 1 s token is fresh when the
    // sandbox has already expired it (as after a revocation or a restart).
    sandbox.setFaults({ tokenTtlS: 1 });
    const frozen = Date.now();
    const anton = client(es256, { now: () => frozen });
    await anton.listPayouts({ limit: 1 });
    await new Promise((r) => setTimeout(r, 2_100));
    await anton.listPayouts({ limit: 1 });
    expect(sandbox.stats.tokensMinted).toBe(2);
    expect(requestLog(sandbox)).toEqual([
      "POST /oauth/token 200",
      "GET /v1/payouts 200",
      "GET /v1/payouts 401",
      "POST /oauth/token 200",
      "GET /v1/payouts 200",
    ]);
  });
});

describe("concurrency", () => {
  it.each([false, true])("100 concurrent cold-start requests mint exactly one token (nonce mode: %s)", async (requireNonce) => {
    sandbox.setFaults({ requireNonce });
    const anton = client(ed25519);
    const pages = await Promise.all(Array.from({ length: 100 }, () => anton.listPayouts({ limit: 1 })));
    expect(pages.every((p) => p.data.length === 1)).toBe(true);
    expect(sandbox.stats.tokensMinted).toBe(1);
    expect(requestLog(sandbox, "/v1/payouts").filter((l) => l.endsWith(" 200"))).toHaveLength(100);
  });
});

describe("timeouts and aborts", () => {
  it("aborts the upstream request as soon as the caller goes away, without retrying", async () => {
    const observed = observedFetch();
    const anton = client(es256, { fetch: observed.fetch });
    await anton.ready();
    await anton.listPayouts({ limit: 1 }); // token minted while the sandbox is fast
    sandbox.setFaults({ latencyMs: 3_000 });

    const controller = new AbortController();
    const started = Date.now();
    const pending = anton.listPayouts({ limit: 1 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(Date.now() - started).toBeLessThan(1_000);
    const upstream = observed.calls.filter((c) => c.url.pathname === "/v1/payouts");
    expect(upstream).toHaveLength(2);
    expect(upstream[1]?.signal?.aborted).toBe(true);
  });

  it("times out a slow sandbox with AntonTimeoutError", async () => {
    const anton = client(es256, { timeoutMs: 300 });
    await anton.listPayouts({ limit: 1 });
    sandbox.setFaults({ latencyMs: 2_000 });
    const started = Date.now();
    await expect(anton.listPayouts({ limit: 1 })).rejects.toBeInstanceOf(AntonTimeoutError);
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});
