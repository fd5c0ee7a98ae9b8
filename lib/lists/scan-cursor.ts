import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { BadParameterError } from "@/lib/http/bad-parameter-error";

/**
 * Our own cursor for lists we filter ourselves: which upstream page to read again
 * (`upstream`, absent for the first page) and how many of its rows were already handed
 * out (`skip`), so a page of matches may end in the middle of an upstream page without
 * losing or repeating a row. It carries a fingerprint of the filters it was made for.
 */
export interface ScanPosition {
  upstream?: string;
  skip: number;
  /** How many upstream rows come before that upstream page (for row numbers). */
  base: number;
}

const cursorSchema = z.strictObject({
  v: z.literal(1),
  u: z.string().regex(/^[A-Za-z0-9_=-]{1,1024}$/).optional(),
  s: z.number().int().min(0).max(100),
  b: z.number().int().min(0).max(1e9),
  f: z.string().regex(/^[a-f0-9]{16}$/),
});

const NOT_OURS = 'Parameter "cursor" is not a cursor this list gave out.';

export function filterFingerprint(filters: object): string {
  return createHash("sha256").update(JSON.stringify(filters)).digest("hex").slice(0, 16);
}

export function encodeScanCursor(position: ScanPosition, fingerprint: string): string {
  const payload = { v: 1, ...(position.upstream ? { u: position.upstream } : {}), s: position.skip, b: position.base, f: fingerprint };
  return Buffer.from(JSON.stringify(payload)).toString("base64url");
}

export function decodeScanCursor(cursor: string, fingerprint: string): ScanPosition {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new BadParameterError("cursor", NOT_OURS);
  }
  const parsed = cursorSchema.safeParse(json);
  if (!parsed.success) throw new BadParameterError("cursor", NOT_OURS);
  if (parsed.data.f !== fingerprint) {
    throw new BadParameterError("cursor", 'Parameter "cursor" belongs to other filters: start from the first page.');
  }
  return { ...(parsed.data.u ? { upstream: parsed.data.u } : {}), skip: parsed.data.s, base: parsed.data.b };
}
