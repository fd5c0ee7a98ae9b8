import { invalidParameter } from "../errors.js";
import { parseRfc3339, type Query } from "../query.js";

/** Repeated enum parameter: every value must be one of `allowed`. */
export function enumSet(query: Query, name: string, allowed: readonly string[]): Set<string> | undefined {
  const values = query.all(name);
  if (values.length === 0) return undefined;
  for (const v of values) {
    if (!allowed.includes(v)) throw invalidParameter(name, `must be one of ${allowed.join(", ")}`);
  }
  return new Set(values);
}

/** Single parameter matching `pattern` (shown in the message). */
export function patterned(query: Query, name: string, pattern: RegExp): string | undefined {
  const value = query.one(name);
  if (value !== undefined && !pattern.test(value)) throw invalidParameter(name, `must match ${pattern.source}`);
  return value;
}

export function nonEmpty(query: Query, name: string): string | undefined {
  const value = query.one(name);
  if (value === "") throw invalidParameter(name, "must not be empty");
  return value;
}

/** RFC 3339 timestamp parameter, in ms. */
export function timestamp(query: Query, name: string): number | undefined {
  const value = query.one(name);
  if (value === undefined) return undefined;
  const ms = parseRfc3339(value);
  if (ms === undefined) throw invalidParameter(name, "must be an RFC 3339 timestamp such as 2026-04-15T14:30:00Z");
  return ms;
}

/** A path segment that must match `pattern`: 400 naming `name` otherwise. */
export function pathId(value: string, name: string, pattern: RegExp): string {
  if (!pattern.test(value)) throw invalidParameter(name, `must match ${pattern.source}`);
  return value;
}

export const PATTERNS = {
  payout: /^pay_[a-zA-Z0-9]+$/,
  beneficiary: /^ben_[a-zA-Z0-9]+$/,
  instrument: /^ins_[a-zA-Z0-9]+$/,
  batch: /^bat_[a-zA-Z0-9]+$/,
  destCurrency: /^[A-Z]{3}$/,
  accountCurrency: /^[A-Z]{3,4}$/,
};
