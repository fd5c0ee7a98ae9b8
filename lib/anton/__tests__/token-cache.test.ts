import { describe, expect, it } from "vitest";

import { createAntonClient } from "@/lib/anton/client";
import { AntonAuthError, AntonError } from "@/lib/anton/errors";
import { basicCredentials, createTokenCache, formEncode } from "@/lib/anton/token-cache";
import { exchange } from "@/lib/anton/exchange";
import { ServerClock } from "@/lib/anton/clock";
import { NonceStore } from "@/lib/anton/nonces";
import { DEFAULT_RETRY_POLICY } from "@/lib/anton/retry";

import { emptyPage, fakeAnton, json, tokenResponse, type Handler } from "./helpers/fake-anton";
import { generateTestKey, testConfig } from "./helpers/keys";

function cacheWith(token: Handler, now: () => number = Date.now, refreshMarginS?: number) {
  const anton = fakeAnton({ token, resource: emptyPage });
  const cache = createTokenCache({
    tokenUrl: new URL("https://anton.test/oauth/token"),
    clientId: "ant_oc_test_x",
    clientSecret: "ant_ocs_test_y",
    sign: async () => "proof",
    send: (req) =>
      exchange(
        {
          fetch: anton.fetch,
          clock: new ServerClock(now),
          nonces: new NonceStore(),
          policy: { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1, maxDelayMs: 1 },
          timeoutMs: 2_000,
          now,
          random: Math.random,
        },
        req,
      ),
    now,
    deadlineMs: 5_000,
    refreshMarginS,
  });
  return { anton, cache };
}

describe("client credentials", () => {
  it("form-encodes each part before base64 (RFC 6749 §2.3.1)", () => {
    expect(formEncode("a b+c:d/e%f&g=h~é")).toBe("a+b%2Bc%3Ad%2Fe%25f%26g%3Dh%7E%C3%A9");
    const header = basicCredentials("id with:colon", "s3cr+t/=&");
    expect(header.startsWith("Basic ")).toBe(true);
    const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
    expect(decoded).toBe("id+with%3Acolon:s3cr%2Bt%2F%3D%26");
    // Exactly one raw colon separates the parts, so the server can split unambiguously.
    expect(decoded.split(":")).toHaveLength(2);
  });

  it("mints with Basic auth, a form body and a proof without ath", async () => {
    const key = generateTestKey("Ed25519");
    const anton = fakeAnton({ resource: emptyPage });
    const client = createAntonClient(
      testConfig("https://anton.test", key, { clientId: "ant_oc_x y", clientSecret: "ant_ocs_p:w" }),
      { fetch: anton.fetch },
    );
    await client.listBalances().catch(() => undefined);
    const mint = anton.requests[0]!;
    expect(mint.method).toBe("POST");
    expect(mint.headers.get("authorization")).toBe(`Basic ${Buffer.from("ant_oc_x+y:ant_ocs_p%3Aw").toString("base64")}`);
    expect(mint.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(mint.body).toBe("grant_type=client_credentials");
    expect(mint.proofHeader?.alg).toBe("EdDSA");
    expect(mint.proofClaims).not.toHaveProperty("ath");
  });
});

describe("token responses", () => {
  it("refuses a token whose token_type is not DPoP, without echoing the token", async () => {
    const { cache } = cacheWith(() => json({ access_token: "bearer-secret-123", token_type: "Bearer", expires_in: 3600 }));
    const error = await cache.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AntonError);
    expect(error).toMatchObject({ status: 502, code: "unsupported_token_type", requestId: "req_test_1" });
    expect(JSON.stringify(error) + String(error) + (error as Error).stack).not.toContain("bearer-secret-123");
  });

  it("accepts token_type in any case", async () => {
    const { cache } = cacheWith(() => json({ access_token: "t1", token_type: "dpop", expires_in: 60 }));
    await expect(cache.getToken()).resolves.toBe("t1");
  });

  it.each([
    ["missing access_token", { token_type: "DPoP", expires_in: 3600 }],
    ["expires_in as string", { access_token: "t", token_type: "DPoP", expires_in: "3600" }],
    ["negative expires_in", { access_token: "t", token_type: "DPoP", expires_in: -1 }],
    ["not an object", ["t"]],
  ])("refuses a malformed token response (%s)", async (_, body) => {
    const { cache } = cacheWith(() => json(body));
    await expect(cache.getToken()).rejects.toMatchObject({ status: 502, code: "bad_upstream_response" });
  });

  it("surfaces invalid_client as an auth error with the OAuth code", async () => {
    const { cache } = cacheWith(() => json({ error: "invalid_client", error_description: "bad credentials" }, 401));
    const error = await cache.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AntonAuthError);
    expect(error).toMatchObject({ status: 401, code: "invalid_client" });
  });
});

describe("caching and single flight", () => {
  it("100 concurrent callers share exactly one mint", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { anton, cache } = cacheWith(async () => {
      await gate;
      return tokenResponse("shared");
    });
    const all = Promise.all(Array.from({ length: 100 }, () => cache.getToken()));
    await new Promise((r) => setTimeout(r, 20));
    release();
    const tokens = await all;
    expect(new Set(tokens)).toEqual(new Set(["shared"]));
    expect(anton.mints()).toBe(1);
    expect(cache.mints).toBe(1);
  });

  it("reuses the token until 60 s before expiry, then mints again", async () => {
    let t = 1_000_000;
    let n = 0;
    const { anton, cache } = cacheWith(() => tokenResponse(`t${++n}`), () => t);
    expect(await cache.getToken()).toBe("t1");
    t += 3_539_000; // 3539 s later: still more than 60 s left
    expect(await cache.getToken()).toBe("t1");
    t += 2_000; // 3541 s: inside the margin
    expect(await cache.getToken()).toBe("t2");
    expect(anton.mints()).toBe(2);
  });

  it("never caches for a negative time: a 10 s token lives 5 s", async () => {
    let t = 0;
    let n = 0;
    const { cache } = cacheWith(() => json({ access_token: `t${++n}`, token_type: "DPoP", expires_in: 10 }), () => t);
    expect(await cache.getToken()).toBe("t1");
    t = 4_999;
    expect(await cache.getToken()).toBe("t1");
    t = 5_000;
    expect(await cache.getToken()).toBe("t2");
  });

  it("invalidate(token) drops only that token; a failed mint is not cached", async () => {
    let n = 0;
    const { cache } = cacheWith(() => (++n === 2 ? json({ error: "server_error" }, 500) : tokenResponse(`t${n}`)));
    expect(await cache.getToken()).toBe("t1");
    cache.invalidate("someone-elses-old-token");
    expect(await cache.getToken()).toBe("t1");
    cache.invalidate("t1");
    await expect(cache.getToken()).rejects.toMatchObject({ status: 500 });
    expect(await cache.getToken()).toBe("t3");
  });

  it("a caller that aborts stops waiting while the shared mint completes for the others", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { anton, cache } = cacheWith(async () => {
      await gate;
      return tokenResponse("late");
    });
    const controller = new AbortController();
    const aborted = cache.getToken(controller.signal);
    const patient = cache.getToken();
    controller.abort(new Error("browser left"));
    await expect(aborted).rejects.toThrow("browser left");
    release();
    await expect(patient).resolves.toBe("late");
    expect(anton.mints()).toBe(1);
  });
});
