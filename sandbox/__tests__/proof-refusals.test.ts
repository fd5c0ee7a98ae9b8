import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProofTweaks } from "./helpers/client.js";
import { ath } from "./helpers/proof.js";
import { ed25519Key, es256Key, withAlg, type TestKey } from "./helpers/keys.js";
import { startTestSandbox, type TestSandbox } from "./helpers/sandbox.js";

// Every rule of the DPoP proof, on a resource request (401 + WWW-Authenticate) and,
// where it applies, on the token request (400, OAuth body).

let t: TestSandbox;
let token: string;
beforeAll(async () => {
  t = await startTestSandbox();
  token = await t.client.mint();
});
afterAll(() => t.sandbox.close());

const PATH = "/v1/balances";
const url = (path = PATH) => `${t.sandbox.url}${path}`;
const nowS = () => Math.floor(Date.now() / 1000);

interface Case {
  name: string;
  key?: () => TestKey;
  /** Tweaks for a request to `target` (the URL the proof should name) with `method`. */
  proof: (target: string, method: string) => ProofTweaks;
  reason: RegExp;
  tokenEndpoint?: boolean;
}

const CASES: Case[] = [
  { name: "typ is JWT", proof: () => ({ header: { typ: "JWT" } }), reason: /typ/ },
  { name: "typ is missing", proof: () => ({ header: { typ: undefined } }), reason: /typ/ },
  { name: "typ differs in case", proof: () => ({ header: { typ: "DPoP+JWT" } }), reason: /typ/ },
  { name: "alg is HS256", proof: () => ({ header: { alg: "HS256" } }), reason: /alg/ },
  { name: "alg is none", proof: () => ({ header: { alg: "none" } }), reason: /alg/ },
  { name: "alg is RS256", proof: () => ({ header: { alg: "RS256" } }), reason: /alg/ },
  { name: "alg EdDSA on a P-256 key", key: () => withAlg(t.es256, "EdDSA"), proof: () => ({}), reason: /does not fit/ },
  { name: "alg ES256 on an Ed25519 key", key: () => withAlg(t.ed25519, "ES256"), proof: () => ({}), reason: /does not fit/ },
  { name: "jwk carries the private d", proof: () => ({ header: { jwk: t.es256.privateJwk } }), reason: /private/ },
  { name: "jwk of an Ed25519 key carries d", key: () => t.ed25519, proof: () => ({ header: { jwk: t.ed25519.privateJwk } }), reason: /private/ },
  { name: "jwk is missing", proof: () => ({ header: { jwk: undefined } }), reason: /jwk/ },
  { name: "jwk is not the registered key", key: () => es256Key(), proof: () => ({}), reason: /registered/ },
  { name: "jwk is registered but another key signed", key: () => es256Key(), proof: () => ({ header: { jwk: t.es256.publicJwk } }), reason: /signature/ },
  { name: "signature is corrupted (ES256)", proof: () => ({ corruptSignature: true }), reason: /signature/ },
  { name: "signature is corrupted (Ed25519)", key: () => t.ed25519, proof: () => ({ corruptSignature: true }), reason: /signature/ },
  { name: "ES256 signature is DER-encoded", proof: () => ({ der: true }), reason: /R\|\|S|64 bytes/ },
  { name: "htm does not match", proof: (_, m) => ({ htm: m === "GET" ? "POST" : "GET" }), reason: /htm/ },
  { name: "htm is lower case", proof: (_, m) => ({ htm: m.toLowerCase() }), reason: /htm/ },
  { name: "htu names another path", proof: () => ({ htu: url("/v1/other") }), reason: /htu/ },
  { name: "htu carries the query", proof: (u) => ({ htu: `${u}?limit=5` }), reason: /query/ },
  { name: "htu carries a fragment", proof: (u) => ({ htu: `${u}#x` }), reason: /fragment/ },
  { name: "htu names another host", proof: (u) => ({ htu: u.replace("127.0.0.1", "localhost") }), reason: /htu/ },
  { name: "htu uses https", proof: (u) => ({ htu: u.replace("http:", "https:") }), reason: /htu/ },
  { name: "htu has a trailing slash", proof: (u) => ({ htu: `${u}/` }), reason: /htu/ },
  { name: "iat is 61 s ahead", proof: () => ({ iat: nowS() + 61 }), reason: /iat/ },
  { name: "iat is 61 s behind", proof: () => ({ iat: nowS() - 61 }), reason: /iat/ },
  { name: "iat is not an integer", proof: () => ({ iat: nowS() + 0.5 }), reason: /iat/ },
  { name: "iat is a string", proof: () => ({ claims: { iat: String(nowS()) } }), reason: /iat/ },
  { name: "jti is missing", proof: () => ({ claims: { jti: undefined } }), reason: /jti/ },
];

const RESOURCE_ONLY: Case[] = [
  { name: "ath is missing", proof: () => ({ claims: { ath: undefined } }), reason: /ath/ },
  { name: "ath hashes another token", proof: () => ({ claims: { ath: ath(`${token}x`) } }), reason: /ath/ },
  { name: "ath is the token itself", proof: () => ({ claims: { ath: token } }), reason: /ath/ },
];

describe("a /v1 request is refused when the proof's", () => {
  it.each([...CASES, ...RESOURCE_ONLY])("$name", async (c) => {
    const res = await t.client.request(PATH, token, { key: c.key?.(), proof: c.proof(url(), "GET") });
    expect(res.status).toBe(401);
    const challenge = res.headers.get("www-authenticate") ?? "";
    expect(challenge).toMatch(/^DPoP error="invalid_dpop_proof", error_description="[^"]+"/);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("invalid_dpop_proof");
    expect(body.error.message).toMatch(c.reason);
  });
});

describe("a token request is refused when the proof's", () => {
  it.each(CASES)("$name", async (c) => {
    const res = await t.client.tokenRequest({ key: c.key?.(), proof: c.proof(url("/oauth/token"), "POST") });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; error_description: string };
    expect(body.error).toBe("invalid_dpop_proof");
    expect(body.error_description).toMatch(c.reason);
  });
});

describe("the same checks accept", () => {
  it("iat 59 s either side", async () => {
    for (const iat of [nowS() + 59, nowS() - 59]) expect((await t.client.request(PATH, token, { proof: { iat } })).status).toBe(200);
  });

  it("htu with upper-case scheme and host and an explicit default port", async () => {
    const base = new URL(t.sandbox.url);
    expect((await t.client.request(PATH, token, { proof: { htu: `HTTP://127.0.0.1:${base.port}${PATH}` } })).status).toBe(200);
  });

  it("the proof of a request with a query (htu without it)", async () => {
    expect((await t.client.request(`${PATH}?limit=3`, token)).status).toBe(200);
  });

  it("an Ed25519 proof with either alg name", async () => {
    for (const alg of ["EdDSA", "Ed25519"] as const) {
      const key = withAlg(t.ed25519, alg);
      const edToken = await t.client.mint(key);
      expect((await t.client.request(PATH, edToken, { key })).status).toBe(200);
    }
  });
});

describe("replay", () => {
  it("refuses a jti seen before, on resources and at the token endpoint", async () => {
    const jti = randomUUID();
    expect((await t.client.request(PATH, token, { proof: { jti } })).status).toBe(200);
    const again = await t.client.request(PATH, token, { proof: { jti } });
    expect(again.status).toBe(401);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/jti/);

    const tokenJti = randomUUID();
    expect((await t.client.tokenRequest({ proof: { jti: tokenJti } })).status).toBe(200);
    const replayed = await t.client.tokenRequest({ proof: { jti: tokenJti } });
    expect(replayed.status).toBe(400);
    expect(((await replayed.json()) as { error_description: string }).error_description).toMatch(/jti/);
  });

  it("refuses a whole replayed request (same proof twice)", async () => {
    const proof = t.client.proof(t.es256, "GET", url(), { accessToken: token });
    const send = () => fetch(url(), { headers: { authorization: `DPoP ${token}`, dpop: proof } });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(401);
  });
});

describe("an unregistered key", () => {
  it("cannot mint even with valid client credentials", async () => {
    const res = await t.client.tokenRequest({ key: ed25519Key("Ed25519") });
    expect(res.status).toBe(400);
  });
});
