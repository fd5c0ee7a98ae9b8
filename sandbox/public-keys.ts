import { createPublicKey } from "node:crypto";
import { toPublicJwk } from "./auth/jwk.js";

const PEM_BLOCK = /-----BEGIN ([A-Z ]+)-----[\s\S]+?-----END \1-----/g;

/**
 * SANDBOX_DPOP_PUBLIC_KEY: a public JWK (JSON), a JSON array of JWKs, or one or more
 * SPKI PEM blocks. Each must be a public P-256 or Ed25519 key. Throws with a reason.
 */
export function parsePublicKeys(text: string): JsonWebKey[] {
  const trimmed = text.trim();
  let candidates: unknown[];
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw new Error("is not valid JSON");
    }
    candidates = Array.isArray(parsed) ? parsed : [parsed];
  } else {
    const blocks = trimmed.match(PEM_BLOCK) ?? [];
    if (blocks.length === 0) throw new Error("must be a public JWK, a JSON array of JWKs, or an SPKI PEM");
    candidates = blocks.map((pem) => {
      if (!pem.startsWith("-----BEGIN PUBLIC KEY-----")) throw new Error("PEM must be a PUBLIC KEY (SPKI), never a private key");
      try {
        return createPublicKey(pem).export({ format: "jwk" });
      } catch {
        throw new Error("PEM is not a readable public key");
      }
    });
  }
  if (candidates.length === 0) throw new Error("holds no key");
  return candidates.map((candidate, i) => {
    const jwk = toPublicJwk(candidate);
    if (typeof jwk === "string") throw new Error(candidates.length > 1 ? `key ${i + 1}: ${jwk}` : jwk);
    return jwk as JsonWebKey;
  });
}
