import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MALFORMED_HTML } from "../malformed.js";
import { startTestSandbox, type TestSandbox } from "./helpers/sandbox.js";

// The fault knobs added for the fault-injection suite: the token endpoint down, unusable
// 200s (HTML or truncated JSON), and the record of attempts whose client gave up.

let t: TestSandbox;
let token: string;
beforeAll(async () => {
  t = await startTestSandbox({ controlEnabled: true });
  token = await t.client.mint();
  t.sandbox.resetStats();
});
afterEach(() => {
  t.sandbox.setFaults({ latencyMs: 0, tokenEndpointDown: false, malformedRate: 0, malformedKind: "html" });
  t.sandbox.resetStats();
});
afterAll(() => t.sandbox.close());

const post = (path: string, body: unknown) =>
  fetch(`${t.sandbox.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("tokenEndpointDown (SANDBOX_TOKEN_ENDPOINT_DOWN)", () => {
  it("answers every mint with 503 temporarily_unavailable in the OAuth shape, and mints nothing", async () => {
    t.sandbox.setFaults({ tokenEndpointDown: true });
    for (let i = 0; i < 2; i++) {
      const res = await t.client.tokenRequest();
      expect(res.status).toBe(503);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{24}$/);
      expect(res.headers.get("retry-after")).toBeNull();
      expect(await res.json()).toEqual({ error: "temporarily_unavailable", error_description: expect.any(String) });
    }
    expect(t.sandbox.stats.tokensMinted).toBe(0);
    expect(t.sandbox.stats.requests.map((r) => `${r.path} ${r.status}`)).toEqual(["/oauth/token 503", "/oauth/token 503"]);
  });

  it("leaves the rest up: a token minted before still reads /v1, and the JWKS still answers", async () => {
    t.sandbox.setFaults({ tokenEndpointDown: true });
    expect((await t.client.request("/v1/payouts?limit=1", token)).status).toBe(200);
    expect((await fetch(`${t.sandbox.url}/.well-known/jwks.json`)).status).toBe(200);
  });

  it("mints again as soon as it is switched off, also through POST /__sandbox/faults", async () => {
    expect((await post("/__sandbox/faults", { tokenEndpointDown: true })).status).toBe(200);
    expect((await t.client.tokenRequest()).status).toBe(503);
    expect((await post("/__sandbox/faults", { tokenEndpointDown: false })).status).toBe(200);
    expect((await t.client.tokenRequest()).status).toBe(200);
    expect(t.sandbox.stats.tokensMinted).toBe(1);
  });

  it("can start down from the configuration", async () => {
    const down = await startTestSandbox({ tokenEndpointDown: true });
    try {
      expect((await down.client.tokenRequest()).status).toBe(503);
    } finally {
      await down.sandbox.close();
    }
  });
});

describe("malformedRate / malformedKind (SANDBOX_MALFORMED_RATE, SANDBOX_MALFORMED_KIND)", () => {
  it("html: a /v1 answer arrives as a 200 HTML page", async () => {
    t.sandbox.setFaults({ malformedRate: 1, malformedKind: "html" });
    const res = await t.client.request("/v1/payouts?limit=2", token);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("x-request-id")).toMatch(/^req_/);
    const text = await res.text();
    expect(text).toBe(MALFORMED_HTML);
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });

  it("truncated: the very answer the client would have got, cut in half, with a matching Content-Length", async () => {
    const whole = await (await t.client.request("/v1/payouts?limit=5", token)).text();
    t.sandbox.setFaults({ malformedRate: 1, malformedKind: "truncated" });
    const res = await t.client.request("/v1/payouts?limit=5", token);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const text = await res.text();
    expect(Number(res.headers.get("content-length"))).toBe(Buffer.byteLength(text));
    expect(text).toBe(whole.slice(0, Math.floor(whole.length / 2)));
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });

  it("spares error answers and the token endpoint", async () => {
    t.sandbox.setFaults({ malformedRate: 1 });
    const missing = await t.client.request("/v1/nowhere", token);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: "not_found" } });
    const anonymous = await fetch(`${t.sandbox.url}/v1/payouts`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "unauthorized" } });
    const mint = await t.client.tokenRequest();
    expect(mint.status).toBe(200);
    expect(await mint.json()).toMatchObject({ token_type: "DPoP" });
  });

  it("applies to about that share of answers", async () => {
    t.sandbox.setFaults({ malformedRate: 0.5 });
    let html = 0;
    for (let i = 0; i < 100; i++) {
      const res = await t.client.request("/v1/balances", token);
      expect(res.status).toBe(200);
      if (res.headers.get("content-type")?.startsWith("text/html")) html += 1;
      await res.arrayBuffer();
    }
    // Binomial(100, ½): outside 20..80 about once in 10^9 runs.
    expect(html).toBeGreaterThanOrEqual(20);
    expect(html).toBeLessThanOrEqual(80);
  });

  it("refuses malformed settings through the control endpoint", async () => {
    for (const body of [{ malformedRate: 1.5 }, { malformedRate: "half" }, { malformedKind: "xml" }, { tokenEndpointDown: "yes" }]) {
      expect((await post("/__sandbox/faults", body)).status).toBe(400);
    }
  });
});

describe("stats.abandoned", () => {
  it("records an attempt whose client gave up before the answer as 499, once, apart from the answered ones", async () => {
    t.sandbox.setFaults({ latencyMs: 600 });
    const proof = t.client.proof(t.client.key, "GET", `${t.sandbox.url}/v1/balances`, { accessToken: token });
    await expect(
      fetch(`${t.sandbox.url}/v1/balances`, { headers: { authorization: `DPoP ${token}`, dpop: proof }, signal: AbortSignal.timeout(100) }),
    ).rejects.toThrow();
    await expect.poll(() => t.sandbox.stats.abandoned.length).toBe(1);
    expect(t.sandbox.stats.abandoned[0]).toEqual({ method: "GET", path: "/v1/balances", status: 499, url: "/v1/balances" });
    // Once the delayed answer is due, it is recorded nowhere a second time.
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(t.sandbox.stats.abandoned).toHaveLength(1);
    expect(t.sandbox.stats.requests).toEqual([]);
  });
});
