import { createHash, webcrypto } from "node:crypto";

import { compactVerify, decodeJwt, decodeProtectedHeader, importJWK } from "jose";
import { describe, expect, it } from "vitest";

import { createAntonClient } from "@/lib/anton/client";
import { accessTokenHash, createDpopProof } from "@/lib/anton/dpop";
import { loadDpopKey } from "@/lib/anton/keys";

import { fakeAnton, json, tokenResponse } from "./helpers/fake-anton";
import { generateTestKey, testConfig } from "./helpers/keys";

describe("createDpopProof", () => {
  it.each(["ES256", "Ed25519"] as const)("signs a verifiable proof with every claim (%s)", async (kind) => {
    const key = await loadDpopKey({ variable: "ANTON_DPOP_PRIVATE_KEY", value: generateTestKey(kind).pem });
    const url = new URL("https://api.example.test/v1/payouts?status=failed&limit=5#frag");
    const proof = await createDpopProof(key, { method: "get", url, accessToken: "tok.en", nonce: "n-1", iat: 1700000000.9 });

    const header = decodeProtectedHeader(proof);
    expect(header).toEqual({ typ: "dpop+jwt", alg: kind === "ES256" ? "ES256" : "EdDSA", jwk: key.publicJwk });
    expect(header.jwk).not.toHaveProperty("d");

    const claims = decodeJwt(proof);
    expect(Object.keys(claims).sort()).toEqual(["ath", "htm", "htu", "iat", "jti", "nonce"]);
    expect(claims.htm).toBe("GET");
    expect(claims.htu).toBe("https://api.example.test/v1/payouts");
    expect(claims.iat).toBe(1700000000);
    expect(claims.nonce).toBe("n-1");
    // ath computed independently with WebCrypto.
    const digest = await webcrypto.subtle.digest("SHA-256", new TextEncoder().encode("tok.en"));
    expect(claims.ath).toBe(Buffer.from(digest).toString("base64url"));

    // The signature verifies with the public key carried in the header.
    const publicKey = await importJWK(header.jwk!, header.alg);
    await expect(compactVerify(proof, publicKey)).resolves.toBeTruthy();
  });

  it("omits ath and nonce when there is no token or nonce, and never repeats a jti", async () => {
    const key = await loadDpopKey({ variable: "ANTON_DPOP_PRIVATE_KEY", value: generateTestKey("ES256").pem });
    const url = new URL("https://api.example.test/oauth/token");
    const proofs = await Promise.all(
      Array.from({ length: 200 }, () => createDpopProof(key, { method: "POST", url, iat: 1 })),
    );
    const claims = proofs.map((p) => decodeJwt(p));
    expect(claims[0]).not.toHaveProperty("ath");
    expect(claims[0]).not.toHaveProperty("nonce");
    expect(new Set(claims.map((c) => c.jti)).size).toBe(200);
    for (const c of claims) expect(c.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps a non-default port in htu and drops the query", async () => {
    const key = await loadDpopKey({ variable: "ANTON_DPOP_PRIVATE_KEY", value: generateTestKey("ES256").pem });
    const url = new URL("http://127.0.0.1:4010/v1/batches/bat_1/payouts?cursor=abc");
    const claims = decodeJwt(await createDpopProof(key, { method: "GET", url, iat: 5 }));
    expect(claims.htu).toBe("http://127.0.0.1:4010/v1/batches/bat_1/payouts");
  });

  it("accessTokenHash is base64url SHA-256 without padding", () => {
    const token = "eyJhbGciOiJFUzI1NiJ9.e30.sig";
    expect(accessTokenHash(token)).toBe(
      createHash("sha256").update(token).digest("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""),
    );
  });
});

describe("proofs as actually sent by the transport", () => {
  it("binds each request's proof to the URL fetched, with a fresh jti per attempt", async () => {
    const key = generateTestKey("ES256");
    let calls = 0;
    const anton = fakeAnton({
      token: () => tokenResponse("token-abc"),
      resource: () =>
        ++calls === 1 ? json({ error: { code: "internal_error", message: "internal server error" } }, 503) : json({ data: [], has_more: false }),
    });
    const client = createAntonClient(testConfig("https://anton.test", key), {
      fetch: anton.fetch,
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
    });
    await client.listPayouts({ status: ["failed", "returned"], limit: 10 });

    const [mint, first, second] = anton.requests;
    expect(mint?.proofClaims).toMatchObject({ htm: "POST", htu: "https://anton.test/oauth/token" });
    expect(mint?.proofClaims).not.toHaveProperty("ath");
    for (const r of [first, second]) {
      expect(r?.url.search).toBe("?limit=10&status=failed&status=returned");
      expect(r?.headers.get("authorization")).toBe("DPoP token-abc");
      expect(r?.proofClaims).toMatchObject({
        htm: "GET",
        htu: "https://anton.test/v1/payouts",
        ath: accessTokenHash("token-abc"),
      });
      expect(Number.isInteger(r?.proofClaims?.iat)).toBe(true);
    }
    expect(first?.proofClaims?.jti).not.toBe(second?.proofClaims?.jti);
    expect(first?.headers.get("dpop")).not.toBe(second?.headers.get("dpop"));
  });
});
