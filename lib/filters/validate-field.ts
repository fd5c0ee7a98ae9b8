import { parseQuery, type QuerySpec } from "@/lib/filters/query-spec";

/** Asks the shared spec about one typed value, so inputs and the server agree. */
export function validateField(spec: QuerySpec, name: string, value: string): string | undefined {
  return parseQuery(spec, new URLSearchParams([[name, value]])).problems[0]?.message;
}
