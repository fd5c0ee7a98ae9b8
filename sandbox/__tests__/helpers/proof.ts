import { createHash, randomUUID, sign } from "node:crypto";
import type { TestKey } from "./keys.js";

// A small, test-only DPoP proof signer (node:crypto), with knobs to break each rule.

export interface ProofOptions {
  htm: string;
  htu: string;
  /** Seconds; default: now + clockOffsetS. */
  iat?: number;
  clockOffsetS?: number;
  jti?: string;
  accessToken?: string;
  nonce?: string;
  /** Header members to add or replace; `undefined` removes one. */
  header?: Record<string, unknown>;
  /** Claims to add or replace; `undefined` removes one. */
  claims?: Record<string, unknown>;
  /** Sign ES256 as DER instead of raw R||S. */
  der?: boolean;
  /** Flip a bit of the signature. */
  corruptSignature?: boolean;
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

export function ath(accessToken: string): string {
  return createHash("sha256").update(accessToken).digest("base64url");
}

function merge(base: Record<string, unknown>, changes: Record<string, unknown> | undefined): Record<string, unknown> {
  const out = { ...base };
  for (const [k, v] of Object.entries(changes ?? {})) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

export function signProof(key: TestKey, opts: ProofOptions): string {
  const header = merge({ typ: "dpop+jwt", alg: key.alg, jwk: key.publicJwk }, opts.header);
  const base: Record<string, unknown> = {
    htm: opts.htm,
    htu: opts.htu,
    iat: opts.iat ?? Math.floor(Date.now() / 1000) + (opts.clockOffsetS ?? 0),
    jti: opts.jti ?? randomUUID(),
  };
  if (opts.accessToken !== undefined) base.ath = ath(opts.accessToken);
  if (opts.nonce !== undefined) base.nonce = opts.nonce;
  const input = `${b64url(header)}.${b64url(merge(base, opts.claims))}`;
  const data = Buffer.from(input);
  const signature =
    key.privateKey.asymmetricKeyType === "ec"
      ? sign("sha256", data, { key: key.privateKey, dsaEncoding: opts.der ? "der" : "ieee-p1363" })
      : sign(null, data, key.privateKey);
  if (opts.corruptSignature) signature[signature.length - 1]! ^= 0x01;
  return `${input}.${signature.toString("base64url")}`;
}
