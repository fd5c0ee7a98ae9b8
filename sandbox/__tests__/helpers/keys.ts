import { generateKeyPairSync, type KeyObject } from "node:crypto";

// Test-only DPoP keys (node:crypto). `alg` is what proofs made with the key announce.

export type ProofAlg = "ES256" | "EdDSA" | "Ed25519";

export interface TestKey {
  alg: ProofAlg;
  privateKey: KeyObject;
  /** Public members only. */
  publicJwk: JsonWebKey;
  /** The private JWK (to test that a proof carrying `d` is refused). */
  privateJwk: JsonWebKey;
}

export function es256Key(): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return { alg: "ES256", privateKey, publicJwk: publicKey.export({ format: "jwk" }), privateJwk: privateKey.export({ format: "jwk" }) };
}

export function ed25519Key(alg: "EdDSA" | "Ed25519" = "EdDSA"): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return { alg, privateKey, publicJwk: publicKey.export({ format: "jwk" }), privateJwk: privateKey.export({ format: "jwk" }) };
}

/** The same key pair announced under another alg. */
export function withAlg(key: TestKey, alg: ProofAlg): TestKey {
  return { ...key, alg };
}
