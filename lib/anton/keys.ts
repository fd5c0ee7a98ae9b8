import "server-only";

import { createPrivateKey, createPublicKey, type JsonWebKey as NodeJwk, type KeyObject } from "node:crypto";
import { readFile } from "node:fs/promises";

import { calculateJwkThumbprint, importJWK, type CryptoKey, type JWK } from "jose";

import type { DpopAlgSetting, DpopKeySource } from "./config";
import { ConfigError } from "./errors";

export type DpopAlg = "ES256" | "EdDSA" | "Ed25519";

/** Public members only: what goes into every proof's `jwk` header. */
export type PublicJwk =
  | { kty: "EC"; crv: "P-256"; x: string; y: string }
  | { kty: "OKP"; crv: "Ed25519"; x: string };

export interface DpopKey {
  alg: DpopAlg;
  privateKey: CryptoKey;
  publicJwk: PublicJwk;
  /** RFC 7638 SHA-256 thumbprint of `publicJwk`: the token's `cnf.jkt`. */
  thumbprint: string;
}

async function readKeyText(source: DpopKeySource): Promise<string> {
  if (source.variable === "ANTON_DPOP_PRIVATE_KEY") {
    // A PEM pasted into a .env file often arrives with literal "\n" sequences.
    return source.value.includes("\\n") && !source.value.includes("\n")
      ? source.value.replaceAll("\\n", "\n")
      : source.value;
  }
  try {
    return await readFile(source.path, "utf8");
  } catch {
    throw new ConfigError(source.variable, "names a file that cannot be read");
  }
}

function parsePrivateKey(text: string, variable: string): KeyObject {
  const trimmed = text.trim();
  try {
    if (trimmed.startsWith("{")) {
      const jwk: unknown = JSON.parse(trimmed);
      if (typeof jwk !== "object" || jwk === null || !("d" in jwk)) throw new Error("not private");
      return createPrivateKey({ key: jwk as NodeJwk, format: "jwk" });
    }
    if (!trimmed.includes("-----BEGIN")) throw new Error("not PEM");
    return createPrivateKey({ key: trimmed, format: "pem" });
  } catch {
    // Never include the parser's message: some echo parts of the input.
    throw new ConfigError(variable, "is not a private key (expected PKCS#8 PEM or a private JWK)");
  }
}

function publicJwkOf(key: KeyObject, variable: string): PublicJwk {
  const jwk = createPublicKey(key).export({ format: "jwk" });
  if (jwk.kty === "EC" && jwk.crv === "P-256" && jwk.x && jwk.y) {
    return { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y };
  }
  if (jwk.kty === "OKP" && jwk.crv === "Ed25519" && jwk.x) {
    return { kty: "OKP", crv: "Ed25519", x: jwk.x };
  }
  throw new ConfigError(variable, "must be an ES256 (P-256) or Ed25519 key");
}

function algFor(jwk: PublicJwk, setting: DpopAlgSetting | undefined): DpopAlg {
  if (jwk.kty === "EC") {
    if (setting !== undefined && setting !== "ES256") {
      throw new ConfigError("ANTON_DPOP_ALG", "does not match the key: a P-256 key signs ES256");
    }
    return "ES256";
  }
  if (setting === "ES256") {
    throw new ConfigError("ANTON_DPOP_ALG", "does not match the key: an Ed25519 key signs EdDSA or Ed25519");
  }
  return setting ?? "EdDSA";
}

/**
 * Loads the DPoP private key, derives its alg from the key itself, and returns a
 * non-extractable signing key plus the public JWK and its thumbprint.
 */
export async function loadDpopKey(source: DpopKeySource, algSetting?: DpopAlgSetting): Promise<DpopKey> {
  const keyObject = parsePrivateKey(await readKeyText(source), source.variable);
  const publicJwk = publicJwkOf(keyObject, source.variable);
  const alg = algFor(publicJwk, algSetting);
  const privateJwk = keyObject.export({ format: "jwk" }) as JWK;
  const privateKey = (await importJWK(privateJwk, alg, { extractable: false })) as CryptoKey;
  const thumbprint = await calculateJwkThumbprint(publicJwk, "sha256");
  return { alg, privateKey, publicJwk, thumbprint };
}
