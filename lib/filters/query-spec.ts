// One declaration per list: which query parameters it takes and what each must look like.
// The same spec validates a page's URL, a route handler's query and an export's query.

import { MAX_ID_LENGTH } from "./anton-vocabulary";

export type FieldSpec =
  | { kind: "multi"; values: readonly string[] }
  | { kind: "pattern"; pattern: RegExp; example: string }
  | { kind: "text"; maxLength: number }
  | { kind: "datetime" }
  | { kind: "limit"; max: number }
  | { kind: "cursor" };

export type QuerySpec = Record<string, FieldSpec>;

/** What a spec parses to: multi fields are arrays, the rest optional strings (limit a number). */
export type QueryValues<S extends QuerySpec> = {
  [K in keyof S]?: S[K] extends { kind: "multi" } ? string[] : S[K] extends { kind: "limit" } ? number : string;
};

export interface QueryProblem {
  parameter: string;
  value: string;
  message: string;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const CURSOR = /^[A-Za-z0-9_=-]{1,1024}$/;
const MAX_VALUE_LENGTH = 1024;

function checkValue(field: FieldSpec, value: string): string | undefined {
  switch (field.kind) {
    case "multi":
      return field.values.includes(value) ? undefined : `must be one of ${field.values.join(", ")}`;
    case "pattern":
      if (value.length > MAX_ID_LENGTH) return `is longer than ${MAX_ID_LENGTH} characters`;
      return field.pattern.test(value) ? undefined : `must look like ${field.example}`;
    case "text":
      return value.length > 0 && value.length <= field.maxLength ? undefined : `must be 1 to ${field.maxLength} characters`;
    case "datetime":
      return RFC3339.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : "must be an RFC 3339 timestamp such as 2026-04-15T14:30:00Z";
    case "limit": {
      const n = Number(value);
      return /^\d+$/.test(value) && n >= 1 && n <= field.max ? undefined : `must be a whole number from 1 to ${field.max}`;
    }
    case "cursor":
      return CURSOR.test(value) ? undefined : "is not a cursor this list gave out";
  }
}

/**
 * Parses a query against a spec. Unknown parameters, repeated single-value parameters
 * and malformed values are problems, each naming its parameter; valid values are kept.
 */
export function parseQuery<S extends QuerySpec>(spec: S, params: URLSearchParams): { values: QueryValues<S>; problems: QueryProblem[] } {
  const values: Record<string, string | string[] | number> = {};
  const problems: QueryProblem[] = [];
  for (const name of new Set(params.keys())) {
    const field = spec[name];
    const all = params.getAll(name);
    if (!field) {
      problems.push({ parameter: name, value: all[0] ?? "", message: "is not a parameter of this list" });
      continue;
    }
    if (field.kind !== "multi" && all.length > 1) {
      problems.push({ parameter: name, value: all.join(","), message: "may be given only once" });
      continue;
    }
    // Each allowed value at most once: anything longer is padding, not a filter.
    if (field.kind === "multi" && all.length > field.values.length) {
      problems.push({ parameter: name, value: all.join(","), message: `may be given at most ${field.values.length} times` });
      continue;
    }
    const accepted: string[] = [];
    for (const value of all) {
      const message = value.length > MAX_VALUE_LENGTH ? "is too long" : checkValue(field, value);
      if (message) problems.push({ parameter: name, value, message });
      else if (!accepted.includes(value)) accepted.push(value);
    }
    if (accepted.length === 0) continue;
    if (field.kind === "multi") values[name] = accepted;
    else if (field.kind === "limit") values[name] = Number(accepted[0]);
    else values[name] = accepted[0] as string;
  }
  return { values: values as QueryValues<S>, problems };
}

/** The inverse of parseQuery, in the spec's order, so equal filters give equal URLs. */
export function toSearchParams<S extends QuerySpec>(spec: S, values: QueryValues<S>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of Object.keys(spec)) {
    const value = values[name];
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  return params;
}

export function describeProblem(problem: QueryProblem): string {
  return `Parameter "${problem.parameter}" ${problem.message}.`;
}
