import { afterEach, describe, expect, it, vi } from "vitest";

import { getAntonClient } from "@/lib/anton/client";
import { getAntonConfig, readAntonConfig } from "@/lib/anton/config";
import { ConfigError } from "@/lib/anton/errors";

const SECRET = `ant_ocs_sandbox_${"9f".repeat(24)}`;
const KEY = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgVERYSECRETKEYMATERIAL\n-----END PRIVATE KEY-----";

const valid = {
  ANTON_API_BASE_URL: "https://api.antonpayments.com/",
  ANTON_CLIENT_ID: `ant_oc_live_${"0a".repeat(16)}`,
  ANTON_CLIENT_SECRET: SECRET,
  ANTON_DPOP_PRIVATE_KEY: KEY,
};

function failure(env: Record<string, string | undefined>): ConfigError {
  try {
    readAntonConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("readAntonConfig", () => {
  it("parses a complete environment", () => {
    expect(readAntonConfig(valid)).toEqual({
      baseUrl: "https://api.antonpayments.com",
      clientId: valid.ANTON_CLIENT_ID,
      clientSecret: SECRET,
      dpopKey: { variable: "ANTON_DPOP_PRIVATE_KEY", value: KEY },
      dpopAlg: undefined,
      timeoutMs: 8_000,
    });
  });

  it("reads the key file variable, the alg and the timeout", () => {
    const rest: Record<string, string | undefined> = { ...valid, ANTON_DPOP_PRIVATE_KEY: undefined };
    const config = readAntonConfig({
      ...rest,
      ANTON_DPOP_PRIVATE_KEY_FILE: " /run/secrets/dpop.pem ",
      ANTON_DPOP_ALG: "Ed25519",
      ANTON_TIMEOUT_MS: "2500",
      ANTON_API_BASE_URL: "http://127.0.0.1:4010",
    });
    expect(config.dpopKey).toEqual({ variable: "ANTON_DPOP_PRIVATE_KEY_FILE", path: "/run/secrets/dpop.pem" });
    expect(config.dpopAlg).toBe("Ed25519");
    expect(config.timeoutMs).toBe(2500);
    expect(config.baseUrl).toBe("http://127.0.0.1:4010");
  });

  it.each([
    ["ANTON_API_BASE_URL", { ANTON_API_BASE_URL: undefined }, /is required/],
    ["ANTON_API_BASE_URL", { ANTON_API_BASE_URL: "  " }, /is required/],
    ["ANTON_API_BASE_URL", { ANTON_API_BASE_URL: "api.antonpayments.com" }, /absolute/],
    ["ANTON_API_BASE_URL", { ANTON_API_BASE_URL: "http://api.antonpayments.com" }, /https/],
    ["ANTON_API_BASE_URL", { ANTON_API_BASE_URL: "https://u:p@api.antonpayments.com" }, /credentials/],
    ["ANTON_API_BASE_URL", { ANTON_API_BASE_URL: "ftp://api.antonpayments.com" }, /http/],
    ["ANTON_CLIENT_ID", { ANTON_CLIENT_ID: undefined }, /is required/],
    ["ANTON_CLIENT_ID", { ANTON_CLIENT_ID: "ant_ocs_swapped" }, /malformed/],
    ["ANTON_CLIENT_SECRET", { ANTON_CLIENT_SECRET: undefined }, /is required/],
    ["ANTON_CLIENT_SECRET", { ANTON_CLIENT_SECRET: `${SECRET} trailing` }, /malformed/],
    ["ANTON_CLIENT_SECRET", { ANTON_CLIENT_SECRET: `x${SECRET}` }, /malformed/],
    ["ANTON_DPOP_PRIVATE_KEY", { ANTON_DPOP_PRIVATE_KEY: undefined }, /ANTON_DPOP_PRIVATE_KEY_FILE\) is required/],
    ["ANTON_DPOP_PRIVATE_KEY", { ANTON_DPOP_PRIVATE_KEY_FILE: "/k.pem" }, /set only one/],
    ["ANTON_DPOP_ALG", { ANTON_DPOP_ALG: "RS256" }, /EdDSA, Ed25519 or ES256/],
    ["ANTON_TIMEOUT_MS", { ANTON_TIMEOUT_MS: "soon" }, /number/],
    ["ANTON_TIMEOUT_MS", { ANTON_TIMEOUT_MS: "1.5" }, /whole/],
    ["ANTON_TIMEOUT_MS", { ANTON_TIMEOUT_MS: "10" }, /at least/],
  ])("names %s when it is wrong (%o)", (variable, patch, message) => {
    const error = failure({ ...valid, ...patch });
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(`${variable} `)).toBe(true);
    expect(error.message).toMatch(message);
  });

  it("never echoes the secret or the key in a message", () => {
    const cases = [
      { ...valid, ANTON_CLIENT_SECRET: `${SECRET} oops` },
      { ...valid, ANTON_CLIENT_ID: SECRET },
      { ...valid, ANTON_DPOP_PRIVATE_KEY_FILE: KEY },
      { ...valid, ANTON_API_BASE_URL: SECRET },
      { ...valid, ANTON_DPOP_ALG: SECRET },
      { ...valid, ANTON_TIMEOUT_MS: SECRET },
    ];
    for (const env of cases) {
      const error = failure(env);
      const everything = `${error.message} ${error.stack} ${JSON.stringify(error)} ${JSON.stringify(Object.entries(error))}`;
      expect(everything).not.toContain("9f9f9f9f");
      expect(everything).not.toContain("SECRETKEYMATERIAL");
    }
  });
});

describe("getAntonConfig / getAntonClient", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("parse process.env once and hand out one shared client", () => {
    for (const [name, value] of Object.entries(valid)) vi.stubEnv(name, value);
    const config = getAntonConfig();
    expect(config.baseUrl).toBe("https://api.antonpayments.com");
    vi.stubEnv("ANTON_API_BASE_URL", "https://elsewhere.example");
    expect(getAntonConfig()).toBe(config);
    expect(getAntonClient()).toBe(getAntonClient());
  });
});
