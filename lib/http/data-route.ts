import "server-only";
import { getAntonClient, type AntonClient } from "@/lib/anton";
import { describeProblem, parseQuery, type QuerySpec, type QueryValues } from "@/lib/filters/query-spec";
import { MAX_ID_LENGTH } from "@/lib/filters/anton-vocabulary";
import { BadParameterError } from "./bad-parameter-error";
import { errorResponse } from "./error-response";
import { upstreamErrorResponse } from "./upstream-error";

/** Parses a route's query with the list's spec; the first problem becomes a 400 naming it. */
export function queryOf<S extends QuerySpec>(spec: S, request: Request): QueryValues<S> {
  const { values, problems } = parseQuery(spec, new URL(request.url).searchParams);
  const problem = problems[0];
  if (problem) throw new BadParameterError(problem.parameter, describeProblem(problem));
  return values;
}

/** Checks a path segment (an ID) before it can become part of an upstream URL. */
export function pathParam(value: string, pattern: RegExp, name: string, example: string): string {
  if (value.length > MAX_ID_LENGTH) throw new BadParameterError(name, `Parameter "${name}" is longer than ${MAX_ID_LENGTH} characters.`);
  if (!pattern.test(value)) throw new BadParameterError(name, `Parameter "${name}" must look like ${example}.`);
  return value;
}

interface DataContext {
  anton: AntonClient;
  signal: AbortSignal;
}

/**
 * A GET data route: parse, call Anton, answer JSON, map failures. The session was
 * already checked by proxy.ts.
 */
export function dataRoute<P = object>(load: (request: Request, context: DataContext, params: P) => Promise<unknown>) {
  return async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    try {
      const result = await load(request, { anton: getAntonClient(), signal: request.signal }, await route.params);
      return Response.json(result, { headers: { "Cache-Control": "private, no-store" } });
    } catch (error) {
      if (error instanceof BadParameterError) return errorResponse(400, "invalid_parameter", error.message);
      return upstreamErrorResponse(error, request.signal);
    }
  };
}
