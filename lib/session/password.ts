import "server-only";
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

// PHC-style string: $scrypt$ln=15,r=8,p=1$<salt b64>$<hash b64>. The parameters travel
// with the hash so they can be raised later without invalidating stored hashes.
const PREFIX = "$scrypt$";
const DEFAULT_PARAMS = { ln: 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const HASH_PATTERN = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

interface ScryptParams {
  ln: number;
  r: number;
  p: number;
}

function derive(password: string, salt: Buffer, { ln, r, p }: ScryptParams, keyLength: number): Promise<Buffer> {
  const N = 2 ** ln;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, keyLength, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  if (password.length === 0) throw new Error("The password must not be empty.");
  const salt = randomBytes(16);
  const key = await derive(password, salt, DEFAULT_PARAMS, KEY_LENGTH);
  const { ln, r, p } = DEFAULT_PARAMS;
  return `${PREFIX}ln=${ln},r=${r},p=${p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

export function isPasswordHash(value: string): boolean {
  const match = HASH_PATTERN.exec(value);
  if (!match) return false;
  const ln = Number(match[1]);
  return ln >= 10 && ln <= 20 && Buffer.from(match[5] ?? "", "base64").length >= 16;
}

/** Constant-time check; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = HASH_PATTERN.exec(stored);
  if (!match || !isPasswordHash(stored)) return false;
  const params = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  const salt = Buffer.from(match[4] ?? "", "base64");
  const expected = Buffer.from(match[5] ?? "", "base64");
  const actual = await derive(password, salt, params, expected.length);
  return timingSafeEqual(actual, expected);
}
