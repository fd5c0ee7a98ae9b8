import { createHash } from "node:crypto";

const B64URL = /^[A-Za-z0-9_-]*$/;

/** Strict base64url (no padding, canonical): undefined when `text` is not. */
export function decodeBase64url(text: string): Buffer | undefined {
  if (!B64URL.test(text) || text.length % 4 === 1) return undefined;
  const bytes = Buffer.from(text, "base64url");
  return bytes.toString("base64url") === text ? bytes : undefined;
}

export function encodeBase64url(bytes: Buffer | string): string {
  return Buffer.from(bytes).toString("base64url");
}

export function sha256Base64url(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("base64url");
}
