import type { FieldSpec, QuerySpec } from "../lib/filters/query-spec";

// Random query strings for the fuzz test, from a seeded PRNG so a failure can be replayed
// (FUZZ_SEED=<n>). Each query mixes the route's own parameters (with valid and junk values),
// other lists' parameters, unknown names, unicode, control characters, broken
// percent-encoding and values far over any limit. Strings marked raw go out as written, so
// the server sees malformed escapes; everything else is percent-encoded first.

export type Random = () => number;

/** mulberry32: small, fast, good enough to spread cases; same seed, same cases. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A per-route seed, so adding a route does not change the cases of the others. */
export function routeSeed(seed: number, route: string): number {
  let hash = seed >>> 0;
  for (const char of route) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** Raw pieces: sent exactly as written (malformed escapes, encoded controls, invalid UTF-8). */
const RAW = ["%", "%%", "%zz", "%G1", "%C0%AF", "%FF%FE", "%E2%82", "%ED%A0%80", "%00", "%0A", "%0D%0AX-Injected:%201", "%1B[31m", "%7F", "%252F", "%2e%2e%2f", "+", "%20", "%u0041", "&", "=", "=="];
const UNICODE = ["ü", "日本語", "💸", "\u202e", "\ufeff", "Ω≈ç√", "ﷺ", "\u0301", "𝕏", "é".normalize("NFD")];
const INJECTIONS = ["../../oauth/token", "/v1/balances", "http://evil.test/", "//evil.test", "a&status=failed", "a=b", "[]", "{}", "<script>alert(1)</script>", "' OR 1=1--", "${jndi:ldap://x}", "__proto__", "constructor", "\\", "null", "undefined"];
const NUMBERS = ["-1", "0", "1", "100", "101", "1e3", "NaN", "Infinity", "100.0", "0x10", "99999999999999999999", " 5", "5 ", "+5", "٣"];
const DATES = ["2026-04-15T14:30:00Z", "2026-02-30T00:00:00Z", "2026-04-15T25:00:00Z", "0000-00-00T00:00:00Z", "2026-04-15T14:30:00+99:99", "2026-04-15", "9999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00-00:00"];
const UNKNOWN_NAMES = ["url", "host", "path", "redirect", "base_url", "__proto__", "constructor", "status[]", "Status", "limit ", "", "x".repeat(300), "a%5Bb%5D", "%00", "ü", "cursor%00"];

function randomAscii(random: Random, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) text += String.fromCharCode(int(random, 32, 126));
  return text;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** Cursors that pass the cursor pattern but hold odd JSON: for upstream cursors and our own scan cursors. */
function oddCursor(random: Random): string {
  return base64url(
    pick(random, [
      { id: "pay_def456" },
      { id: "../../v1/balances" },
      { v: 1, s: -1, b: 0, f: "0123456789abcdef" },
      { v: 1, s: 1e9, b: 1e300, f: "0123456789abcdef", u: "x" },
      { v: 1, s: 0, b: 0, f: "0123456789abcdef", u: "%%%" },
      { v: 2 },
      [],
      "string",
      null,
      { __proto__: { admin: true } },
    ]),
  );
}

/** A value the field accepts (so some queries get through to upstream and back). */
function validValue(random: Random, field: FieldSpec): string {
  switch (field.kind) {
    case "multi":
      return pick(random, field.values);
    case "pattern":
      return field.example.replace("…", "").replace(/^(\w{3}_)01HX$/, "$101HX8Z9K0M2N3P4Q5R6S7T8UAB");
    case "text":
      return pick(random, ["REF-1", "Invoice 42", "ü-ref", "x".repeat(Math.min(field.maxLength, 64))]);
    case "datetime":
      return pick(random, ["2025-01-01T00:00:00Z", "2026-04-15T14:30:00+02:00", "2030-01-01T00:00:00.5Z"]);
    case "limit":
      return String(int(random, 1, field.max));
    case "cursor":
      return oddCursor(random);
  }
}

/** One encoded value: valid, junk, raw malformed, or huge. */
function encodedValue(random: Random, field: FieldSpec | undefined): string {
  const roll = random();
  if (field && roll < 0.3) return encodeURIComponent(validValue(random, field));
  if (roll < 0.45) return pick(random, RAW);
  if (roll < 0.55) return encodeURIComponent(pick(random, UNICODE));
  if (roll < 0.65) return encodeURIComponent(pick(random, INJECTIONS));
  if (roll < 0.75) return encodeURIComponent(pick(random, [...NUMBERS, ...DATES]));
  if (roll < 0.82) return encodeURIComponent(randomAscii(random, int(random, 1025, 3000)));
  if (roll < 0.88) return encodeURIComponent(oddCursor(random));
  if (roll < 0.93) return "";
  return encodeURIComponent(randomAscii(random, int(random, 1, 40)));
}

/** A query string (without "?") for a route that accepts `spec`; `others` are other lists' names. */
export function randomQuery(random: Random, spec: QuerySpec, others: readonly string[]): string {
  const names = Object.keys(spec);
  const parts: string[] = [];
  const count = random() < 0.03 ? 0 : int(random, 1, 5);
  for (let i = 0; i < count; i++) {
    const roll = random();
    const name = names.length && roll < 0.6 ? pick(random, names) : roll < 0.75 ? pick(random, others) : pick(random, UNKNOWN_NAMES);
    const rawName = name === "%00" || name === "a%5Bb%5D" || name === "cursor%00";
    const key = rawName ? name : encodeURIComponent(name);
    const value = encodedValue(random, spec[name]);
    parts.push(random() < 0.05 ? key : `${key}=${value}`);
    if (random() < 0.1) parts.push(`${key}=${encodedValue(random, spec[name])}`);
  }
  // Stay under Node's 16 KiB request-head limit: the oversized tests cover what lies beyond it.
  while (parts.join("&").length > 9_000 && parts.length > 1) parts.pop();
  return parts.join("&").slice(0, 9_000);
}

/** A junk path segment in place of an ID ("." and ".." are left out: URL parsing resolves them before sending). */
export function randomSegment(random: Random, prefix: string): string {
  return pick(random, [
    () => pick(random, RAW),
    () => `${prefix}${pick(random, RAW)}`,
    () => encodeURIComponent(pick(random, [...INJECTIONS, ...UNICODE])),
    () => `${prefix}${encodeURIComponent(pick(random, UNICODE))}`,
    () => `${prefix}${"A".repeat(int(random, 100, 3000))}`,
    () => encodeURIComponent(randomAscii(random, int(random, 1, 60))),
    () => `${prefix}${int(random, 0, 1e9)}`,
  ])();
}
