import "server-only";

import { createHash, randomUUID } from "node:crypto";

import { SignJWT } from "jose";

import type { ServerClock } from "./clock";
import type { DpopKey } from "./keys";
import type { NonceStore } from "./nonces";

export interface ProofInput {
  /** The method actually sent; upper-cased here. */
  method: string;
  /** The very URL object that will be fetched. Query and fragment are dropped for `htu`. */
  url: URL;
  /** Present on resource requests only: adds `ath`. */
  accessToken?: string | undefined;
  nonce?: string | undefined;
  /** Integer seconds. */
  iat: number;
}

/** base64url(SHA-256(access token)), RFC 9449 §4.2. */
export function accessTokenHash(accessToken: string): string {
  return createHash("sha256").update(accessToken, "ascii").digest("base64url");
}

/** `htu`: the request URI without query and fragment (RFC 9449 §4.2). */
export function htuOf(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/** Signs one DPoP proof JWT. Every request and every retry gets a fresh one. */
export function createDpopProof(key: DpopKey, input: ProofInput): Promise<string> {
  const claims: Record<string, string | number> = {
    htm: input.method.toUpperCase(),
    htu: htuOf(input.url),
    iat: Math.floor(input.iat),
    jti: randomUUID(),
  };
  if (input.accessToken !== undefined) claims.ath = accessTokenHash(input.accessToken);
  if (input.nonce !== undefined) claims.nonce = input.nonce;
  return new SignJWT(claims)
    .setProtectedHeader({ typ: "dpop+jwt", alg: key.alg, jwk: key.publicJwk })
    .sign(key.privateKey);
}

export type ProofSigner = (method: string, url: URL, accessToken?: string) => Promise<string>;

/** Binds a key to the shared clock and per-origin nonces. */
export function createProofSigner(
  loadKey: () => Promise<DpopKey>,
  clock: ServerClock,
  nonces: NonceStore,
): ProofSigner {
  return async (method, url, accessToken) =>
    createDpopProof(await loadKey(), {
      method,
      url,
      accessToken,
      nonce: nonces.get(url.origin),
      iat: clock.nowS(),
    });
}
