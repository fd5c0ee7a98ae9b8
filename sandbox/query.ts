import { invalidParameter } from "./errors.js";

/** Query parameters of one request. A known single-valued parameter given twice is a 400. */
export class Query {
  private readonly params: URLSearchParams;

  constructor(raw: string) {
    this.params = new URLSearchParams(raw);
  }

  all(name: string): string[] {
    return this.params.getAll(name);
  }

  one(name: string): string | undefined {
    const values = this.params.getAll(name);
    if (values.length > 1) throw invalidParameter(name, "must be given at most once");
    return values[0];
  }
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

/** Milliseconds of a strict RFC 3339 timestamp, or undefined (also for impossible dates like Feb 30). */
export function parseRfc3339(text: string): number | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return undefined;
  if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return undefined;
  if (m[8] && (Number(m[9]) > 23 || Number(m[10]) > 59)) return undefined;
  const ms = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  const offsetMin = m[8] ? (m[8] === "-" ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) : 0;
  return Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMin * 60_000;
}
