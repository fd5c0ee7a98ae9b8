import { generateKeyPairSync } from "node:crypto";

import type { AntonConfig } from "@/lib/anton/config";

export type KeyKind = "ES256" | "Ed25519";

export interface TestKey {
  pem: string;
  privateJwk: JsonWebKey;
  publicJwk: JsonWebKey;
}

export function generateTestKey(kind: KeyKind): TestKey {
  const { privateKey, publicKey } =
    kind === "ES256" ? generateKeyPairSync("ec", { namedCurve: "P-256" }) : generateKeyPairSync("ed25519");
  return {
    pem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    privateJwk: privateKey.export({ format: "jwk" }) as JsonWebKey,
    publicJwk: publicKey.export({ format: "jwk" }) as JsonWebKey,
  };
}

export const TEST_CLIENT_ID = `ant_oc_sandbox_${"a1".repeat(16)}`;
export const TEST_CLIENT_SECRET = `ant_ocs_sandbox_${"b2".repeat(24)}`;

export function testConfig(baseUrl: string, key: TestKey, overrides: Partial<AntonConfig> = {}): AntonConfig {
  return {
    baseUrl,
    clientId: TEST_CLIENT_ID,
    clientSecret: TEST_CLIENT_SECRET,
    dpopKey: { variable: "ANTON_DPOP_PRIVATE_KEY", value: key.pem },
    timeoutMs: 5_000,
    ...overrides,
  };
}
