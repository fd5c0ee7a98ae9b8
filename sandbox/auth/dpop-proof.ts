import { verify } from "node:crypto";
import { decodeBase64url, sha256Base64url } from "./base64url.js";
import { jwkThumbprint, toPublicJwk, type RegisteredKey } from "./jwk.js";
import { normaliseHtu } from "./htu.js";
import type { NonceStore } from "./nonces.js";
import type { ReplayCache } from "./replay-cache.js";

// Verification of a DPoP proof (RFC 9449 §4.3), written from the RFC for the sandbox
// alone (it shares no code with the app's client).

export const DPOP_ALGS = ["ES256", "EdDSA", "Ed25519"] as const;
const IAT_WINDOW_S = 60;

export class ProofError extends Error {
  constructor(
    readonly kind: "invalid_dpop_proof" | "use_dpop_nonce",
    message: string,
  ) {
    super(message);
  }
}

export interface ProofCheck {
  /** The DPoP header values (exactly one is allowed). */
  proofs: readonly string[];
  method: string;
  /** scheme://host[:port]/path the request was addressed to, normalised. */
  url: string;
  nowS: number;
  /** Present on resource requests (ath required); absent at the token endpoint (ath forbidden). */
  accessToken?: string;
  requireNonce: boolean;
  keys: ReadonlyMap<string, RegisteredKey>;
  nonces: NonceStore;
  replay: ReplayCache;
}

const bad = (message: string) => new ProofError("invalid_dpop_proof", message);

function parseJson(bytes: Buffer | undefined): Record<string, unknown> | undefined {
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(bytes.toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Verifies the proof; returns the thumbprint of its key. Throws ProofError. */
export function verifyProof(check: ProofCheck): { jkt: string } {
  if (check.proofs.length === 0) throw bad("DPoP proof is required");
  if (check.proofs.length > 1) throw bad("exactly one DPoP header is allowed");
  const parts = check.proofs[0]!.split(".");
  if (parts.length !== 3) throw bad("DPoP proof is not a compact JWS");
  const [h, p, s] = parts as [string, string, string];
  const header = parseJson(decodeBase64url(h));
  const claims = parseJson(decodeBase64url(p));
  const signature = decodeBase64url(s);
  if (!header || !claims || !signature) throw bad("DPoP proof is not a compact JWS");

  if (header.typ !== "dpop+jwt") throw bad("typ must be dpop+jwt");
  const alg = header.alg;
  if (typeof alg !== "string" || !(DPOP_ALGS as readonly string[]).includes(alg)) throw bad("alg must be ES256, EdDSA or Ed25519");
  if ("crit" in header) throw bad("crit is not supported");
  if (header.jwk === undefined) throw bad("header must carry the public jwk");
  const jwk = toPublicJwk(header.jwk);
  if (typeof jwk === "string") throw bad(jwk);
  if ((alg === "ES256") !== (jwk.kty === "EC")) throw bad(`alg ${alg} does not fit a ${jwk.kty} key`);
  const jkt = jwkThumbprint(jwk);
  const registered = check.keys.get(jkt);
  if (!registered) throw bad("jwk is not a registered key");

  const input = Buffer.from(`${h}.${p}`);
  if (signature.length !== 64) throw bad(alg === "ES256" ? "ES256 signature must be 64 bytes (raw R||S)" : "signature must be 64 bytes");
  const valid =
    alg === "ES256"
      ? verify("sha256", input, { key: registered.key, dsaEncoding: "ieee-p1363" }, signature)
      : verify(null, input, registered.key, signature);
  if (!valid) throw bad("signature is invalid");

  if (claims.htm !== check.method) throw bad("htm does not match the request method");
  if (typeof claims.htu !== "string") throw bad("htu is required");
  const htu = normaliseHtu(claims.htu);
  if ("error" in htu) throw bad(htu.error);
  if (htu.url !== check.url) throw bad("htu does not match the request URL");
  if (typeof claims.iat !== "number" || !Number.isInteger(claims.iat)) throw bad("iat must be an integer");
  if (Math.abs(claims.iat - check.nowS) > IAT_WINDOW_S) throw bad("iat is too far from the server time");
  if (typeof claims.jti !== "string" || claims.jti.length === 0 || claims.jti.length > 256) throw bad("jti must be a string");

  if (check.accessToken === undefined) {
    if ("ath" in claims) throw bad("ath is not allowed on a token request");
  } else {
    if (typeof claims.ath !== "string") throw bad("ath is required");
    if (claims.ath !== sha256Base64url(check.accessToken)) throw bad("ath does not match the access token");
  }

  if (check.requireNonce) {
    if (typeof claims.nonce !== "string") throw new ProofError("use_dpop_nonce", "DPoP proof needs a server nonce");
    if (!check.nonces.isValid(claims.nonce)) throw new ProofError("use_dpop_nonce", "DPoP nonce is stale or unknown");
  }
  if (!check.replay.remember(claims.jti)) throw bad("jti has already been used");
  return { jkt };
}
