import { createHash, createPublicKey, generateKeyPairSync, sign, verify, type JsonWebKey as NodeJsonWebKey } from "node:crypto";

// Test-side JWT and thumbprint helpers, independent of the sandbox's own code.

export function thumbprint(jwk: JsonWebKey): string {
  const members = jwk.kty === "EC" ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y } : { crv: jwk.crv, kty: jwk.kty, x: jwk.x };
  return createHash("sha256").update(JSON.stringify(members)).digest("base64url");
}

export function decodeJwt(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const [h, p] = token.split(".");
  return { header: JSON.parse(Buffer.from(h!, "base64url").toString()), claims: JSON.parse(Buffer.from(p!, "base64url").toString()) };
}

/** Verifies an ES256 JWT (raw R||S signature) against a public JWK. */
export function verifyEs256(token: string, jwk: JsonWebKey): boolean {
  const [h, p, s] = token.split(".");
  const key = createPublicKey({ key: jwk as NodeJsonWebKey, format: "jwk" });
  return verify("sha256", Buffer.from(`${h}.${p}`), { key, dsaEncoding: "ieee-p1363" }, Buffer.from(s!, "base64url"));
}

/** Replaces the claims of a JWT, keeping its (now wrong) signature. */
export function tamperClaims(token: string, change: Record<string, unknown>): string {
  const [h, p, s] = token.split(".");
  const claims = { ...JSON.parse(Buffer.from(p!, "base64url").toString()), ...change };
  return `${h}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${s}`;
}

/** An ES256 JWT signed by a fresh key that nobody registered. */
export function signEs256Jwt(header: Record<string, unknown>, claims: Record<string, unknown>): string {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const input = `${Buffer.from(JSON.stringify(header)).toString("base64url")}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}`;
  return `${input}.${sign("sha256", Buffer.from(input), { key: privateKey, dsaEncoding: "ieee-p1363" }).toString("base64url")}`;
}
