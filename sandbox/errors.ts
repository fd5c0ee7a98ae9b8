// The two error shapes of anton-api.md:
//   /v1 (and every other path): {"error": {"message", "code", "details"?}}
//   POST /oauth/token (RFC 6749 §5.2): {"error", "error_description"}

export interface FieldProblem {
  field: string;
  message: string;
}

/** An Anton error envelope response. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: FieldProblem[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): { error: { message: string; code: string; details?: FieldProblem[] } } {
    return { error: { message: this.message, code: this.code, ...(this.details ? { details: this.details } : {}) } };
  }
}

/** An OAuth token-endpoint error response. */
export class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(description);
  }

  body(): { error: string; error_description: string } {
    return { error: this.error, error_description: this.description };
  }
}

/** 400 invalid_parameter whose message and details name the parameter. */
export function invalidParameter(field: string, message: string): ApiError {
  return new ApiError(400, "invalid_parameter", `invalid ${field}: ${message}`, [{ field, message }]);
}

export function notFound(message = "not found"): ApiError {
  return new ApiError(404, "not_found", message);
}

export function methodNotAllowed(allow: string): ApiError {
  return new ApiError(405, "method_not_allowed", "method not allowed", undefined, { Allow: allow });
}

/** 5xx messages are always "internal server error" (anton-api.md). */
export function serviceUnavailable(): ApiError {
  return new ApiError(503, "service_unavailable", "internal server error");
}

export function internalError(): ApiError {
  return new ApiError(500, "internal_error", "internal server error");
}
