import { createHash, createPublicKey, type KeyObject } from "node:crypto";
import { decodeBase64url } from "./base64url.js";

// Public JWKs the sandbox accepts as DPoP keys: EC P-256 and OKP Ed25519 only.

export type PublicJwk = { kty: "EC"; crv: "P-256"; x: string; y: string } | { kty: "OKP"; crv: "Ed25519"; x: string };

/** Members that only a private (or symmetric) key carries. */
export const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"] as const;

/** Checks a JWK is a well-formed public P-256 or Ed25519 key; returns its required members, or an error text. */
export function toPublicJwk(value: unknown): PublicJwk | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "jwk must be a JSON object";
  const jwk = value as Record<string, unknown>;
  const priv = PRIVATE_MEMBERS.find((m) => m in jwk);
  if (priv) return `jwk carries the private member "${priv}"`;
  const coord = (name: string) => {
    const v = jwk[name];
    return typeof v === "string" && decodeBase64url(v)?.length === 32 ? v : undefined;
  };
  if (jwk.kty === "EC") {
    if (jwk.crv !== "P-256") return "EC jwk must use crv P-256";
    const x = coord("x");
    const y = coord("y");
    if (!x || !y) return "EC jwk needs 32-byte base64url x and y";
    return { kty: "EC", crv: "P-256", x, y };
  }
  if (jwk.kty === "OKP") {
    if (jwk.crv !== "Ed25519") return "OKP jwk must use crv Ed25519";
    const x = coord("x");
    if (!x) return "OKP jwk needs a 32-byte base64url x";
    return { kty: "OKP", crv: "Ed25519", x };
  }
  return "jwk kty must be EC (P-256) or OKP (Ed25519)";
}

/** RFC 7638 JWK thumbprint (SHA-256, base64url) over the required members in lexicographic order. */
export function jwkThumbprint(jwk: PublicJwk): string {
  const canonical =
    jwk.kty === "EC"
      ? `{"crv":"${jwk.crv}","kty":"EC","x":"${jwk.x}","y":"${jwk.y}"}`
      : `{"crv":"${jwk.crv}","kty":"OKP","x":"${jwk.x}"}`;
  return createHash("sha256").update(canonical).digest("base64url");
}

export function importPublicJwk(jwk: PublicJwk): KeyObject {
  return createPublicKey({ key: { ...jwk }, format: "jwk" });
}

export interface RegisteredKey {
  jwk: PublicJwk;
  thumbprint: string;
  key: KeyObject;
}

/** Registered keys by thumbprint. Throws on a key that is not a public P-256 / Ed25519 JWK. */
export function registerKeys(jwks: readonly JsonWebKey[]): Map<string, RegisteredKey> {
  const out = new Map<string, RegisteredKey>();
  for (const candidate of jwks) {
    const jwk = toPublicJwk(candidate);
    if (typeof jwk === "string") throw new Error(`DPoP public key: ${jwk}`);
    const thumbprint = jwkThumbprint(jwk);
    out.set(thumbprint, { jwk, thumbprint, key: importPublicJwk(jwk) });
  }
  return out;
}
