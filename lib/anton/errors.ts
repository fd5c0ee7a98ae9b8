import "server-only";

/**
 * Errors thrown by lib/anton. None of them ever carries a token, a DPoP proof, the client
 * secret or key material: messages name variables, paths and upstream error codes only.
 */

export { ConfigError } from "@/lib/config/config-error";

export interface AntonErrorInit {
  status: number;
  code: string;
  requestId?: string | undefined;
  retryAfter?: number | undefined;
  details?: unknown;
  cause?: unknown;
}

const ANTON_ERROR = Symbol.for("anton-merchant-dashboard.AntonError");

/** Anton answered with an error, or could not be reached, or answered something unusable. */
export class AntonError extends Error {
  /**
   * Next loads this module once per bundle (pages, each route handler), while one client is
   * shared through globalThis (client.ts): an error may come from another bundle's copy of
   * this class. `instanceof AntonError` goes by a brand every copy shares, not by prototype.
   * Subclasses keep the ordinary check.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    if (this !== AntonError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && (value as { [ANTON_ERROR]?: unknown })[ANTON_ERROR] === true;
  }

  readonly [ANTON_ERROR] = true;
  override name = "AntonError";
  /** HTTP status: upstream's, or ours (502 bad answer, 504 timeout) when there was none. */
  readonly status: number;
  /** snake_case code: upstream's `error.code` / OAuth `error`, or one of ours. */
  readonly code: string;
  /** Upstream `X-Request-ID`, when a response arrived. */
  readonly requestId: string | undefined;
  /** Seconds to wait before trying again (429). */
  readonly retryAfter: number | undefined;
  /** Upstream `error.details` (e.g. 422 field list). */
  readonly details: unknown;

  constructor(message: string, init: AntonErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.retryAfter = init.retryAfter;
    this.details = init.details;
  }
}

/** Anton did not answer within the per-attempt timeout or the overall deadline. */
export class AntonTimeoutError extends AntonError {
  override name = "AntonTimeoutError";
  constructor(message = "Anton did not answer in time", requestId?: string) {
    super(message, { status: 504, code: "upstream_timeout", requestId });
  }
}

/** Anton kept answering 429 until our retry budget ran out. */
export class AntonRateLimitError extends AntonError {
  override name = "AntonRateLimitError";
}

/** Anton refused our credentials, token or proof (401/403, or an OAuth error from /oauth/token). */
export class AntonAuthError extends AntonError {
  override name = "AntonAuthError";
}

/** A caller passed a parameter that must never reach an upstream URL. Not an upstream error. */
export class InvalidParameterError extends AntonError {
  override name = "InvalidParameterError";
  constructor(readonly parameter: string) {
    super(`invalid parameter: ${parameter}`, { status: 400, code: "invalid_parameter" });
  }
}

export function badUpstreamResponse(what: string, requestId?: string): AntonError {
  return new AntonError(`Anton returned an unusable response: ${what}`, {
    status: 502,
    code: "bad_upstream_response",
    requestId,
  });
}

export function isAntonError(error: unknown): error is AntonError {
  return error instanceof AntonError;
}
