import "server-only";

import type { z } from "zod";

import { badUpstreamResponse, InvalidParameterError } from "../errors";
import type { AntonResponse } from "../transport";

export interface RequestOptions {
  /** Pass the incoming request's signal: when the browser goes away, so does the upstream call. */
  signal?: AbortSignal | undefined;
}

export interface PageParams {
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** Validates a response body at the edge; a mismatch is Anton's fault, so 502. */
export function parseResponse<T extends z.ZodType>(schema: T, response: AntonResponse, what: string): z.output<T> {
  const result = schema.safeParse(response.body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? issue.path.join(".") || "(root)" : "(root)";
  throw badUpstreamResponse(`${what}: unexpected shape at ${where}`, response.requestId);
}

/**
 * IDs that become path segments are checked against Anton's patterns here too, even though
 * route handlers validate first: no unchecked string ever reaches an upstream path.
 */
export function pathId(value: string, pattern: RegExp, parameter: string): string {
  if (typeof value !== "string" || value.length > 128 || !pattern.test(value)) {
    throw new InvalidParameterError(parameter);
  }
  return value;
}

export const PAYOUT_ID = /^pay_[a-zA-Z0-9]+$/;
export const BATCH_ID = /^bat_[a-zA-Z0-9]+$/;
export const CURRENCY = /^[A-Z]{3,5}$/;
