import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { decodeJwt, signEs256Jwt, tamperClaims } from "./helpers/jwt.js";
import { startTestSandbox, type TestSandbox } from "./helpers/sandbox.js";

// The access token side of a /v1 request: scheme, signature, expiry, key binding.

let t: TestSandbox;
let token: string;
beforeAll(async () => {
  t = await startTestSandbox();
  token = await t.client.mint();
});
afterEach(() => {
  t.sandbox.setFaults({ tokenTtlS: 28_800, clockOffsetS: 0 });
  t.client.clockOffsetS = 0;
});
afterAll(() => t.sandbox.close());

async function expectInvalidToken(res: Response, reason: RegExp): Promise<void> {
  expect(res.status).toBe(401);
  expect(res.headers.get("www-authenticate")).toMatch(/^DPoP error="invalid_token", error_description="[^"]+"/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("invalid_token");
  expect(body.error.message).toMatch(reason);
}

describe("/v1 authentication", () => {
  it("answers a request without Authorization with a bare DPoP challenge", async () => {
    const res = await fetch(`${t.sandbox.url}/v1/payouts`);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe('DPoP algs="ES256 EdDSA Ed25519"');
    expect(await res.json()).toEqual({ error: { message: "authorization is required", code: "unauthorized" } });
  });

  it("refuses the Bearer scheme, even with a valid proof", async () => {
    const res = await t.client.request("/v1/payouts", token, { headers: { authorization: `Bearer ${token}` } });
    await expectInvalidToken(res, /DPoP/);
  });

  it("refuses a DPoP token without a proof", async () => {
    const res = await t.client.request("/v1/payouts", token, { proof: null });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^DPoP error="invalid_dpop_proof"/);
  });

  it("refuses a token whose claims were altered (signature no longer matches)", async () => {
    const forged = tamperClaims(token, { exp: 9_999_999_999 });
    await expectInvalidToken(await t.client.request("/v1/payouts", forged), /signature/);
  });

  it("refuses a token that is not a JWT", async () => {
    await expectInvalidToken(await t.client.request("/v1/payouts", "abc.def"), /JWT/);
  });

  it("refuses a token used with another registered key (cnf.jkt)", async () => {
    const res = await t.client.request("/v1/payouts", token, { key: t.ed25519 });
    await expectInvalidToken(res, /different key/);
  });

  it("accepts the token with its own key (control for the case above)", async () => {
    expect((await t.client.request("/v1/payouts", token)).status).toBe(200);
  });

  it("refuses an expired token", async () => {
    t.sandbox.setFaults({ tokenTtlS: 30 });
    const shortLived = await t.client.mint();
    const { claims } = decodeJwt(shortLived);
    expect((claims.exp as number) - (claims.iat as number)).toBe(30);
    expect((await t.client.request("/v1/payouts", shortLived)).status).toBe(200);

    t.sandbox.setFaults({ clockOffsetS: 31 });
    t.client.clockOffsetS = 31;
    await expectInvalidToken(await t.client.request("/v1/payouts", shortLived), /expired/);
    // The long-lived token is still fine at the shifted time: the refusal is about expiry.
    expect((await t.client.request("/v1/payouts", token)).status).toBe(200);
  });

  it("refuses a well-formed token signed by another key under the sandbox's kid", async () => {
    const { header, claims } = decodeJwt(token);
    const foreign = signEs256Jwt(header, { ...claims, jti: "forged" });
    await expectInvalidToken(await t.client.request("/v1/balances", foreign), /signature/);
    // The same claims under the sandbox's own signature pass: only the key differs.
    expect((await t.client.request("/v1/balances", token)).status).toBe(200);
  });
});
