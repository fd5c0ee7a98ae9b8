import type { Prng } from "./prng.js";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A ULID-like id: prefix + 10 Crockford base32 characters of the millisecond time
 * + 16 random ones (26 in all), so ids sort by creation time.
 */
export function makeId(prefix: string, ms: number, rng: Prng): string {
  let time = "";
  let t = Math.max(0, Math.floor(ms));
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  return `${prefix}${time}${rng.chars(CROCKFORD, 16)}`;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Second-precision RFC 3339 UTC, e.g. 2026-04-15T14:30:00Z (integer civil-date maths: fast for 100k rows). */
export function isoSeconds(ms: number): string {
  const t = Math.floor(ms / 1000);
  const days = Math.floor(t / 86_400);
  const sod = t - days * 86_400;
  // Howard Hinnant's civil_from_days.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const hh = Math.floor(sod / 3600);
  const mm = Math.floor((sod % 3600) / 60);
  return `${y}-${pad2(m)}-${pad2(d)}T${pad2(hh)}:${pad2(mm)}:${pad2(sod % 60)}Z`;
}
