import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readSandboxConfig } from "../config.js";

const ID = `ant_oc_sandbox_${"a1".repeat(16)}`;
const SECRET = `ant_ocs_sandbox_${"b2".repeat(24)}`;
const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
const ed = generateKeyPairSync("ed25519");
const EC_JWK = JSON.stringify(ec.publicKey.export({ format: "jwk" }));

const read = (env: Record<string, string>) => readSandboxConfig({ SANDBOX_CLIENT_ID: ID, SANDBOX_CLIENT_SECRET: SECRET, SANDBOX_DPOP_PUBLIC_KEY: EC_JWK, ...env } as unknown as NodeJS.ProcessEnv);

describe("readSandboxConfig", () => {
  it("applies the documented defaults", () => {
    const config = read({});
    expect(config).toMatchObject({
      port: 4010, host: "127.0.0.1", clientId: ID, clientSecret: SECRET, seed: "anton",
      latencyMs: 0, failRate: 0, requireNonce: false, clockOffsetS: 0, rateLimitPerMin: 1000, tokenTtlS: 28_800, controlEnabled: false,
    });
    expect(config.now).toBeUndefined();
    expect(config.dpopPublicKeys).toEqual([{ kty: "EC", crv: "P-256", x: expect.any(String), y: expect.any(String) }]);
  });

  it("reads every knob", () => {
    const config = read({
      SANDBOX_PORT: "0", SANDBOX_SEED: "s", SANDBOX_NOW: "2026-01-02T03:04:05Z", SANDBOX_LATENCY_MS: "25", SANDBOX_FAIL_RATE: "0.25",
      SANDBOX_REQUIRE_NONCE: "true", SANDBOX_CLOCK_OFFSET_S: "-90", SANDBOX_RATE_LIMIT_PER_MIN: "5", SANDBOX_TOKEN_TTL_S: "60", SANDBOX_CONTROL: "1",
    });
    expect(config).toMatchObject({
      port: 0, seed: "s", now: Date.parse("2026-01-02T03:04:05Z"), latencyMs: 25, failRate: 0.25,
      requireNonce: true, clockOffsetS: -90, rateLimitPerMin: 5, tokenTtlS: 60, controlEnabled: true,
    });
  });

  it("keeps the newer fault knobs off by default and reads them", () => {
    expect(read({})).toMatchObject({ tokenEndpointDown: false, malformedRate: 0, malformedKind: "html" });
    expect(read({ SANDBOX_TOKEN_ENDPOINT_DOWN: "1", SANDBOX_MALFORMED_RATE: "0.3", SANDBOX_MALFORMED_KIND: "truncated" })).toMatchObject({
      tokenEndpointDown: true, malformedRate: 0.3, malformedKind: "truncated",
    });
  });

  it.each([
    ["SANDBOX_CLIENT_ID", { SANDBOX_CLIENT_ID: "" }],
    ["SANDBOX_CLIENT_ID", { SANDBOX_CLIENT_ID: "ant_oc_live_123" }],
    ["SANDBOX_CLIENT_SECRET", { SANDBOX_CLIENT_SECRET: "" }],
    ["SANDBOX_CLIENT_SECRET", { SANDBOX_CLIENT_SECRET: `ant_ocs_sandbox_${"B2".repeat(24)}` }],
    ["SANDBOX_DPOP_PUBLIC_KEY", { SANDBOX_DPOP_PUBLIC_KEY: "" }],
    ["SANDBOX_DPOP_PUBLIC_KEY", { SANDBOX_DPOP_PUBLIC_KEY: "{not json" }],
    ["SANDBOX_DPOP_PUBLIC_KEY", { SANDBOX_DPOP_PUBLIC_KEY: JSON.stringify(ec.privateKey.export({ format: "jwk" })) }],
    ["SANDBOX_DPOP_PUBLIC_KEY", { SANDBOX_DPOP_PUBLIC_KEY: ec.privateKey.export({ format: "pem", type: "pkcs8" }).toString() }],
    ["SANDBOX_DPOP_PUBLIC_KEY", { SANDBOX_DPOP_PUBLIC_KEY: JSON.stringify(generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey.export({ format: "jwk" })) }],
    ["SANDBOX_DPOP_PUBLIC_KEY", { SANDBOX_DPOP_PUBLIC_KEY: JSON.stringify(generateKeyPairSync("ec", { namedCurve: "P-384" }).publicKey.export({ format: "jwk" })) }],
    ["SANDBOX_PORT", { SANDBOX_PORT: "70000" }],
    ["SANDBOX_PORT", { SANDBOX_PORT: "http" }],
    ["SANDBOX_NOW", { SANDBOX_NOW: "yesterday" }],
    ["SANDBOX_FAIL_RATE", { SANDBOX_FAIL_RATE: "1.5" }],
    ["SANDBOX_FAIL_RATE", { SANDBOX_FAIL_RATE: "half" }],
    ["SANDBOX_REQUIRE_NONCE", { SANDBOX_REQUIRE_NONCE: "yes" }],
    ["SANDBOX_CLOCK_OFFSET_S", { SANDBOX_CLOCK_OFFSET_S: "1.5" }],
    ["SANDBOX_RATE_LIMIT_PER_MIN", { SANDBOX_RATE_LIMIT_PER_MIN: "0" }],
    ["SANDBOX_TOKEN_TTL_S", { SANDBOX_TOKEN_TTL_S: "-1" }],
    ["SANDBOX_CONTROL", { SANDBOX_CONTROL: "on" }],
    ["SANDBOX_TOKEN_ENDPOINT_DOWN", { SANDBOX_TOKEN_ENDPOINT_DOWN: "down" }],
    ["SANDBOX_MALFORMED_RATE", { SANDBOX_MALFORMED_RATE: "2" }],
    ["SANDBOX_MALFORMED_RATE", { SANDBOX_MALFORMED_RATE: "-0.5" }],
    ["SANDBOX_MALFORMED_KIND", { SANDBOX_MALFORMED_KIND: "xml" }],
  ])("names %s when it is missing or malformed", (name, env) => {
    expect(() => read(env)).toThrow(name);
  });

  it("accepts a JSON array of JWKs and SPKI PEM blocks, P-256 and Ed25519", () => {
    const edJwk = ed.publicKey.export({ format: "jwk" });
    expect(read({ SANDBOX_DPOP_PUBLIC_KEY: JSON.stringify([JSON.parse(EC_JWK), edJwk]) }).dpopPublicKeys).toHaveLength(2);
    const pems = `${ec.publicKey.export({ format: "pem", type: "spki" })}\n${ed.publicKey.export({ format: "pem", type: "spki" })}`;
    const keys = read({ SANDBOX_DPOP_PUBLIC_KEY: pems }).dpopPublicKeys;
    expect(keys).toEqual([JSON.parse(EC_JWK), { kty: "OKP", crv: "Ed25519", x: edJwk.x }]);
  });
});
