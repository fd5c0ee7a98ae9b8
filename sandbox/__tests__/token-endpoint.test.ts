import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basicAuth, formEncode } from "./helpers/client.js";
import { decodeJwt, thumbprint, verifyEs256 } from "./helpers/jwt.js";
import { ed25519Key, withAlg, type TestKey } from "./helpers/keys.js";
import { CLIENT_ID, CLIENT_SECRET, startTestSandbox, type TestSandbox } from "./helpers/sandbox.js";

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(() => t.sandbox.close());

async function oauthError(res: Response) {
  const body = (await res.json()) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(["error", "error_description"]);
  return body as { error: string; error_description: string };
}

describe("POST /oauth/token mints DPoP-bound tokens", () => {
  const keys: Array<[string, () => TestKey]> = [
    ["ES256", () => t.es256],
    ["Ed25519 announced as EdDSA", () => withAlg(t.ed25519, "EdDSA")],
    ["Ed25519 announced as Ed25519", () => withAlg(t.ed25519, "Ed25519")],
  ];

  it.each(keys)("mints for %s and the token opens /v1", async (_, key) => {
    const client = t.clientFor(key());
    const before = t.sandbox.stats.tokensMinted;
    const res = await client.tokenRequest();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(body.token_type).toBe("DPoP");
    expect(body.expires_in).toBe(28_800);
    expect(t.sandbox.stats.tokensMinted).toBe(before + 1);

    const { header, claims } = decodeJwt(body.access_token);
    expect(header.alg).toBe("ES256");
    expect(claims).toMatchObject({ iss: t.sandbox.url, sub: CLIENT_ID, cnf: { jkt: thumbprint(key().publicJwk) } });
    expect(claims.exp).toBe((claims.iat as number) + 28_800);
    expect(typeof claims.jti).toBe("string");

    const jwks = (await (await fetch(`${t.sandbox.url}/.well-known/jwks.json`)).json()) as { keys: JsonWebKey[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).not.toHaveProperty("d");
    expect(verifyEs256(body.access_token, jwks.keys[0]!)).toBe(true);

    const resource = await client.request("/v1/balances", body.access_token);
    expect(resource.status).toBe(200);
  });
});

describe("POST /oauth/token refuses", () => {
  it("a wrong client secret", async () => {
    const res = await t.client.tokenRequest({ headers: { authorization: basicAuth(CLIENT_ID, `${CLIENT_SECRET.slice(0, -1)}1`) } });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Basic /);
    expect((await oauthError(res)).error).toBe("invalid_client");
  });

  it("a wrong client id", async () => {
    const res = await t.client.tokenRequest({ headers: { authorization: basicAuth(`${CLIENT_ID.slice(0, -1)}e`, CLIENT_SECRET) } });
    expect(res.status).toBe(401);
    expect((await oauthError(res)).error).toBe("invalid_client");
  });

  it("a request without client authentication", async () => {
    const res = await fetch(`${t.sandbox.url}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", dpop: t.client.proof(t.es256, "POST", `${t.sandbox.url}/oauth/token`) },
      body: "grant_type=client_credentials",
    });
    expect(res.status).toBe(401);
    expect((await oauthError(res)).error).toBe("invalid_client");
  });

  it("client credentials in the body instead of HTTP Basic", async () => {
    const res = await t.client.tokenRequest({ body: `grant_type=client_credentials&client_id=${CLIENT_ID}&client_secret=${CLIENT_SECRET}` });
    expect(res.status).toBe(400);
    expect((await oauthError(res)).error).toBe("invalid_request");
  });

  it("a body that is not form-urlencoded", async () => {
    const res = await t.client.tokenRequest({ headers: { "content-type": "application/json" }, body: '{"grant_type":"client_credentials"}' });
    expect(res.status).toBe(400);
    expect((await oauthError(res)).error).toBe("invalid_request");
  });

  it("another grant type, and a missing one", async () => {
    const other = await t.client.tokenRequest({ body: "grant_type=password&username=a&password=b" });
    expect(other.status).toBe(400);
    expect((await oauthError(other)).error).toBe("unsupported_grant_type");
    const missing = await t.client.tokenRequest({ body: "scope=payouts" });
    expect(missing.status).toBe(400);
    expect((await oauthError(missing)).error).toBe("invalid_request");
  });

  it("a request without a DPoP proof", async () => {
    const res = await t.client.tokenRequest({ proof: null });
    expect(res.status).toBe(400);
    expect((await oauthError(res)).error).toBe("invalid_dpop_proof");
  });

  it("a proof carrying ath", async () => {
    const res = await t.client.tokenRequest({ proof: { claims: { ath: "x".repeat(43) } } });
    expect(res.status).toBe(400);
    expect(res.headers.get("www-authenticate")).toMatch(/^DPoP error="invalid_dpop_proof"/);
    const body = await oauthError(res);
    expect(body.error).toBe("invalid_dpop_proof");
    expect(body.error_description).toMatch(/ath/);
  });

  it("a key that is not registered", async () => {
    const res = await t.client.tokenRequest({ key: ed25519Key() });
    expect(res.status).toBe(400);
    expect((await oauthError(res)).error_description).toMatch(/registered/);
  });

  it("GET", async () => {
    const res = await fetch(`${t.sandbox.url}/oauth/token`);
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });
});

// RFC 6749 §2.3.1: client id and secret are each form-urlencoded before base64. The test
// secret holds characters that form-encoding changes (+ : % space é), so a client that
// skips the encoding, or a server that skips the decoding, fails.
describe("Basic client credentials", () => {
  const basic = (pair: string) => ({ authorization: `Basic ${Buffer.from(pair).toString("base64")}` });
  async function status(pair: string): Promise<number> {
    const res = await t.client.tokenRequest({ headers: basic(pair) });
    if (res.status !== 200) expect((await oauthError(res)).error).toBe("invalid_client");
    return res.status;
  }

  it("are accepted when each part is form-urlencoded", async () => {
    expect(formEncode(CLIENT_SECRET)).toMatch(/%2Bx%3A50%2541\+%C3%A9$/);
    expect(await status(`${formEncode(CLIENT_ID)}:${formEncode(CLIENT_SECRET)}`)).toBe(200);
  });

  it("are accepted with percent-encoded spaces (encodeURIComponent)", async () => {
    expect(await status(`${encodeURIComponent(CLIENT_ID)}:${encodeURIComponent(CLIENT_SECRET)}`)).toBe(200);
  });

  it("are refused raw (not form-urlencoded)", async () => {
    expect(await status(`${CLIENT_ID}:${CLIENT_SECRET}`)).toBe(401);
  });

  it("are refused when a + is left raw (it decodes to a space)", async () => {
    expect(await status(`${CLIENT_ID}:${formEncode(CLIENT_SECRET).replace("%2B", "+")}`)).toBe(401);
  });

  it("are refused when a % is left raw (%41 decodes to A)", async () => {
    expect(await status(`${CLIENT_ID}:${formEncode(CLIENT_SECRET).replace("%2541", "%41")}`)).toBe(401);
  });

  it("are refused when a : is left raw", async () => {
    expect(await status(`${CLIENT_ID}:${formEncode(CLIENT_SECRET).replace("%3A", ":")}`)).toBe(401);
  });

  it("are refused when a space is left raw", async () => {
    expect(await status(`${CLIENT_ID}:${formEncode(CLIENT_SECRET).replace("+%C3", " %C3")}`)).toBe(401);
  });
});

describe("control paths", () => {
  it("are plain 404s when SANDBOX_CONTROL is off", async () => {
    const res = await fetch(`${t.sandbox.url}/__sandbox/faults`, { method: "POST", body: '{"failRate":1}' });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
    expect((await fetch(`${t.sandbox.url}/__sandbox/stats`)).status).toBe(404);
    expect((await t.clientFor(t.es256).tokenRequest()).status).toBe(200);
  });
});
