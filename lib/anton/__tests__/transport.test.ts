import { describe, expect, it } from "vitest";

import { createAntonClient, type AntonClientOptions } from "@/lib/anton/client";
import {
  AntonAuthError,
  AntonError,
  AntonRateLimitError,
  AntonTimeoutError,
  ConfigError,
  InvalidParameterError,
} from "@/lib/anton/errors";
import { buildUrl } from "@/lib/anton/transport";

import { emptyPage, fakeAnton, json, tokenResponse, type Handler } from "./helpers/fake-anton";
import { generateTestKey, testConfig } from "./helpers/keys";

const key = generateTestKey("ES256");
const fast = { baseDelayMs: 5, maxDelayMs: 10 };

function setup(resource: Handler, options: AntonClientOptions & { token?: Handler } = {}) {
  const anton = fakeAnton({ resource, token: options.token });
  const client = createAntonClient(testConfig("https://anton.test", key), {
    fetch: anton.fetch,
    ...options,
    retry: { ...fast, ...options.retry },
  });
  return { anton, client };
}

const authChallenge = (error: string, description: string, extra: Record<string, string> = {}) =>
  json({ error: { code: error, message: description } }, 401, {
    "www-authenticate": `DPoP error="${error}", error_description="${description}", algs="ES256 EdDSA"`,
    ...extra,
  });

async function caught(promise: Promise<unknown>): Promise<AntonError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AntonError);
  return error as AntonError;
}

describe("URL building", () => {
  it("encodes every segment and repeats array parameters", () => {
    const url = buildUrl("https://a.test/base", ["v1", "x y", "a/b?c#d"], { status: ["a", "b c"], limit: 5, skip: undefined });
    expect(url.href).toBe("https://a.test/base/v1/x%20y/a%2Fb%3Fc%23d?status=a&status=b+c&limit=5");
  });

  it.each(["..", ".", ""])("refuses the dot/empty segment %j", (segment) => {
    expect(() => buildUrl("https://a.test", ["v1", segment])).toThrow(InvalidParameterError);
  });

  it("checks IDs against Anton's patterns before anything is sent", async () => {
    const { anton, client } = setup(emptyPage);
    await expect(client.getPayout("pay_../../oauth/token")).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(client.getBatch("pay_123")).rejects.toMatchObject({ status: 400, code: "invalid_parameter" });
    await expect(client.listBatchPayouts("bat_1/../x")).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(client.listTransactions({ currency: "usd" })).rejects.toBeInstanceOf(InvalidParameterError);
    expect(anton.requests).toHaveLength(0);
  });

  it("forwards only the parameters each endpoint accepts", async () => {
    const { anton, client } = setup(emptyPage);
    // Transaction filters go upstream too (Anton ignores them today); unknown ones do not.
    const extra = { type: ["fee"], status: ["completed"], created_after: "2026-01-01T00:00:00Z", reference: "r" };
    await client.listTransactions({ limit: 50, cursor: "abc", ...extra } as never);
    await client.listTransactions({ currency: "USDC", limit: 5 });
    await client.listBatchPayouts("bat_1", { limit: 2, status: ["x"] } as never);
    await client.listBatches({ status: ["completed", "partial"], reference: "r" } as never);
    const seen = anton.resourceRequests().map((r) => `${r.url.pathname}${r.url.search}`);
    expect(seen).toEqual([
      "/v1/transactions?limit=50&cursor=abc&type=fee&status=completed&created_after=2026-01-01T00%3A00%3A00Z",
      "/v1/accounts/USDC/transactions?limit=5",
      "/v1/batches/bat_1/payouts?limit=2",
      "/v1/batches?status=completed&status=partial",
    ]);
  });
});

describe("defensive parsing", () => {
  it("turns an HTML 200 into 502 bad_upstream_response with the request id", async () => {
    const { client } = setup(() => new Response("<html>oops</html>", { headers: { "content-type": "text/html", "x-request-id": "req_html" } }));
    const error = await caught(client.listPayouts());
    expect(error).toMatchObject({ status: 502, code: "bad_upstream_response", requestId: "req_html" });
    expect(error.message).toContain("text/html");
  });

  it("turns truncated JSON into 502", async () => {
    const { client } = setup(() => new Response('{"data":[{"id":"pay_1"', { headers: { "content-type": "application/json" } }));
    await expect(client.listPayouts()).rejects.toMatchObject({ status: 502, code: "bad_upstream_response" });
  });

  it("turns a well-formed but wrong shape into 502 naming the field", async () => {
    const { client } = setup(() => json({ data: [], has_more: true }));
    const error = await caught(client.listPayouts());
    expect(error).toMatchObject({ status: 502, code: "bad_upstream_response" });
    expect(error.message).toContain("next_cursor");
  });

  it("refuses to follow a redirect (the proof and token would go elsewhere)", async () => {
    const { anton, client } = setup(() => new Response(null, { status: 302, headers: { location: "https://evil.test/" } }));
    await expect(client.listPayouts()).rejects.toMatchObject({ status: 502, code: "bad_upstream_response" });
    expect(anton.requests.every((r) => r.url.host === "anton.test")).toBe(true);
  });

  it("maps Anton's error envelope, keeping code, details and request id", async () => {
    const { client } = setup(() =>
      json({ error: { code: "validation_error", message: "bad", details: [{ field: "limit", message: "too big" }] } }, 422, {
        "x-request-id": "req_422",
      }),
    );
    const error = await caught(client.listPayouts({ limit: 1000 }));
    expect(error).toMatchObject({ status: 422, code: "validation_error", requestId: "req_422", details: [{ field: "limit" }] });
  });
});

describe("DPoP recovery", () => {
  it("retries once with the nonce from a 401 use_dpop_nonce, then keeps following rotations", async () => {
    let n = 0;
    const { anton, client } = setup((req) => {
      n += 1;
      if (n === 1) return authChallenge("use_dpop_nonce", "nonce required", { "dpop-nonce": "nonce-A" });
      expect(req.proofClaims?.nonce).toBe(n === 2 ? "nonce-A" : "nonce-B");
      return json({ data: [], has_more: false }, 200, { "dpop-nonce": "nonce-B" });
    });
    await client.listPayouts();
    await client.listPayouts();
    expect(anton.resourceRequests().map((r) => r.proofClaims?.nonce)).toEqual([undefined, "nonce-A", "nonce-B"]);
  });

  it("retries the token request once on 400 use_dpop_nonce", async () => {
    let mints = 0;
    const { anton, client } = setup(emptyPage, {
      token: (req) =>
        ++mints === 1
          ? json({ error: "use_dpop_nonce", error_description: "Authorization server requires nonce in DPoP proof" }, 400, { "dpop-nonce": "as-nonce" })
          : (expect(req.proofClaims?.nonce).toBe("as-nonce"), tokenResponse()),
    });
    await client.listPayouts();
    expect(anton.mints()).toBe(2);
    expect(anton.resourceRequests()[0]?.proofClaims?.nonce).toBe("as-nonce");
  });

  it("gives up after one nonce retry", async () => {
    const { anton, client } = setup(() => authChallenge("use_dpop_nonce", "again", { "dpop-nonce": `n${Math.random()}` }));
    await expect(client.listPayouts()).rejects.toBeInstanceOf(AntonAuthError);
    expect(anton.resourceRequests()).toHaveLength(2);
  });

  it("learns the clock from a far-off Date header and retries once with corrected iat", async () => {
    const serverNow = Date.now() + 3_600_000;
    const serverDate = () => new Date(serverNow).toUTCString();
    const { anton, client } = setup(
      (req) =>
        Math.abs(Number(req.proofClaims?.iat) - serverNow / 1000) > 60
          ? authChallenge("invalid_dpop_proof", "proof rejected", { date: serverDate() })
          : emptyPage(),
      { token: () => tokenResponse() },
    );
    await client.listPayouts();
    const iats = anton.resourceRequests().map((r) => Number(r.proofClaims?.iat));
    expect(iats).toHaveLength(2);
    expect(Math.abs(iats[1]! - serverNow / 1000)).toBeLessThanOrEqual(2);
    // Later requests (and the next mint) use the learned offset straight away.
    await client.listPayouts();
    expect(anton.resourceRequests()).toHaveLength(3);
  });

  it("also learns a small offset when the description blames iat, but only once", async () => {
    const { anton, client } = setup(() =>
      json({ error: { code: "invalid_dpop_proof", message: "iat out of range" } }, 401, {
        "www-authenticate": 'DPoP error="invalid_dpop_proof", error_description="iat out of range"',
        date: new Date(Date.now() + 10_000).toUTCString(),
      }),
    );
    const error = await caught(client.listPayouts());
    expect(error).toMatchObject({ status: 401, code: "invalid_dpop_proof" });
    const [first, second] = anton.resourceRequests().map((r) => Number(r.proofClaims?.iat));
    expect(anton.resourceRequests()).toHaveLength(2);
    expect(second! - first!).toBeGreaterThanOrEqual(9);
  });

  it("does not blame the clock for an unrelated proof refusal", async () => {
    const { anton, client } = setup(() => authChallenge("invalid_dpop_proof", "jti replayed", { date: new Date().toUTCString() }));
    await expect(client.listPayouts()).rejects.toMatchObject({ code: "invalid_dpop_proof" });
    expect(anton.resourceRequests()).toHaveLength(1);
  });

  it("re-mints once on invalid_token, then gives up", async () => {
    let n = 0;
    const { anton, client } = setup((req) => (req.headers.get("authorization") === "DPoP t2" ? emptyPage() : authChallenge("invalid_token", "expired")), {
      token: () => tokenResponse(`t${++n}`),
    });
    await client.listPayouts();
    expect(anton.mints()).toBe(2);

    const always = setup(() => authChallenge("invalid_token", "revoked"));
    await expect(always.client.listPayouts()).rejects.toMatchObject({ status: 401, code: "invalid_token" });
    expect(always.anton.mints()).toBe(2);
    expect(always.anton.resourceRequests()).toHaveLength(2);
  });
});

describe("transient failures", () => {
  it("retries 503 with backoff up to maxAttempts, then surfaces the 503", async () => {
    const { anton, client } = setup(() => json({ error: { code: "internal_error", message: "internal server error" } }, 503));
    await expect(client.listPayouts()).rejects.toMatchObject({ status: 503, code: "internal_error" });
    expect(anton.resourceRequests()).toHaveLength(3);
  });

  it("retries an HTML 502 from a proxy", async () => {
    let n = 0;
    const { client } = setup(() => (++n === 1 ? new Response("<h1>Bad Gateway</h1>", { status: 502 }) : emptyPage()));
    await expect(client.listPayouts()).resolves.toEqual({ data: [], has_more: false });
  });

  it("honours Retry-After on 429", async () => {
    let n = 0;
    const { client } = setup(() =>
      ++n === 1 ? json({ error: { code: "rate_limited", message: "slow down" } }, 429, { "retry-after": "1" }) : emptyPage(),
    );
    const started = Date.now();
    await client.listPayouts();
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });

  it("returns a 429 whose Retry-After exceeds the cap, with retryAfter for the browser", async () => {
    const { anton, client } = setup(() => json({ error: { code: "rate_limited", message: "slow down" } }, 429, { "retry-after": "30" }));
    const error = await caught(client.listPayouts());
    expect(error).toBeInstanceOf(AntonRateLimitError);
    expect(error.retryAfter).toBe(30);
    expect(anton.resourceRequests()).toHaveLength(1);
  });

  it("does not retry a non-idempotent method", async () => {
    const { anton, client } = setup(() => json({ error: { code: "internal_error", message: "x" } }, 503));
    await expect(client.request(["v1", "payouts"], { method: "post" })).rejects.toMatchObject({ status: 503 });
    expect(anton.resourceRequests()).toHaveLength(1);
    expect(anton.resourceRequests()[0]?.proofClaims?.htm).toBe("POST");
  });

  it("never waits past the overall deadline", async () => {
    let n = 0;
    const attemptsAt: number[] = [];
    const { client } = setup(
      () => {
        if (++n === 1) return emptyPage();
        attemptsAt.push(Date.now());
        return json({ error: { code: "internal_error", message: "x" } }, 503);
      },
      {
        retry: { maxAttempts: 10, baseDelayMs: 300, maxDelayMs: 300, deadlineMs: 700 },
        random: () => 1, // no jitter: every wait is 300 ms
      },
    );
    await client.listPayouts(); // key loaded and token minted outside the measured call
    const started = Date.now();
    const error = await caught(client.listPayouts());
    const gaveUpAt = Date.now();
    // 503 as a rule; 504 if a loaded machine let the last attempt run into the deadline.
    expect([503, 504]).toContain(error.status);
    // Nominally attempts at 0, 300 and 600 ms (fewer on a loaded machine). Every attempt
    // starts inside the deadline, and after the last one the client gives up at once
    // instead of sleeping 300 ms past the deadline.
    expect(attemptsAt.length).toBeGreaterThanOrEqual(2);
    expect(attemptsAt.length).toBeLessThanOrEqual(3);
    for (const at of attemptsAt) expect(at - started).toBeLessThan(700);
    expect(gaveUpAt - attemptsAt.at(-1)!).toBeLessThan(200);
  });

  it("retries a refused connection for GET and reports 502 upstream_unreachable", async () => {
    const { client } = setup(() => {
      throw new TypeError("fetch failed");
    });
    await expect(client.listPayouts()).rejects.toMatchObject({ status: 502, code: "upstream_unreachable" });
  });
});

describe("timeouts and aborts", () => {
  it("times out a slow upstream with AntonTimeoutError (504)", async () => {
    const { client } = setup(() => new Promise<Response>(() => {}), { timeoutMs: 150 });
    const started = Date.now();
    const error = await caught(client.listPayouts());
    expect(error).toBeInstanceOf(AntonTimeoutError);
    expect(error).toMatchObject({ status: 504, code: "upstream_timeout" });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("passes the caller's abort to the upstream fetch at once and does not retry", async () => {
    let arrived!: () => void;
    const upstreamReached = new Promise<void>((r) => (arrived = r));
    const seen: AbortSignal[] = [];
    const anton = fakeAnton({
      resource: () => {
        arrived();
        return new Promise<Response>(() => {});
      },
    });
    const client = createAntonClient(testConfig("https://anton.test", key), {
      fetch: (input, init) => {
        if (init?.signal) seen.push(init.signal);
        return anton.fetch(input, init);
      },
    });
    const controller = new AbortController();
    const pending = client.listPayouts({}, { signal: controller.signal });
    await upstreamReached;
    const reason = new DOMException("browser went away", "AbortError");
    const abortedAt = Date.now();
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(Date.now() - abortedAt).toBeLessThan(100);
    expect(seen.at(-1)?.aborted).toBe(true);
    expect(anton.resourceRequests()).toHaveLength(1);
  });

  it("an already-aborted signal sends nothing", async () => {
    const { anton, client } = setup(emptyPage);
    await expect(client.listPayouts({}, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    expect(anton.requests).toHaveLength(0);
  });
});

describe("configuration problems", () => {
  it("a bad key surfaces as ConfigError on first use and nothing is sent", async () => {
    const anton = fakeAnton({ resource: emptyPage });
    const client = createAntonClient(
      testConfig("https://anton.test", key, { dpopKey: { variable: "ANTON_DPOP_PRIVATE_KEY", value: "garbage" } }),
      { fetch: anton.fetch },
    );
    await expect(client.ready()).rejects.toBeInstanceOf(ConfigError);
    await expect(client.listPayouts()).rejects.toMatchObject({ name: "ConfigError", variable: "ANTON_DPOP_PRIVATE_KEY" });
    expect(anton.requests).toHaveLength(0);
  });
});

describe("no secrets in errors", () => {
  it("keeps token, proof, secret and key out of every thrown error", async () => {
    const token = "at-very-secret-token-value";
    const { anton, client } = setup(() => authChallenge("invalid_token", "nope"), { token: () => tokenResponse(token) });
    const error = await caught(client.listPayouts());
    const proof = anton.resourceRequests()[0]?.headers.get("dpop") ?? "";
    const secretBits = [token, proof, proof.split(".")[2] ?? "x", testConfig("x", key).clientSecret, key.pem.slice(40, 80)];
    const rendered = [error.message, String(error.stack), JSON.stringify(error), JSON.stringify(Object.entries(error)), String(error.cause)].join("\n");
    for (const bit of secretBits) expect(rendered).not.toContain(bit);
  });
});
