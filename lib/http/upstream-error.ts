import "server-only";
import { AntonError } from "@/lib/anton";
import { errorResponse } from "./error-response";

/**
 * Maps whatever a data route threw to the dashboard's error shape. Upstream messages,
 * tokens and stack traces stay on the server; the browser gets a code, a plain message
 * and Anton's request id to quote to support.
 */
export function upstreamErrorResponse(error: unknown, signal?: AbortSignal): Response {
  if (signal?.aborted) return errorResponse(499, "client_closed_request", "The request was cancelled.");
  if (!(error instanceof AntonError)) {
    console.error("data route failed:", error instanceof Error ? error.name : typeof error);
    return errorResponse(500, "internal_error", "Something went wrong in the dashboard. Try again.");
  }
  const requestId = error.requestId;
  switch (true) {
    case error.code === "invalid_parameter" && error.status === 400:
      return errorResponse(400, "invalid_parameter", "A parameter was refused.", { requestId });
    case error.status === 404:
      return errorResponse(404, "not_found", "Not found.", { requestId });
    case error.status === 429:
      return errorResponse(429, "rate_limited", "Anton is rate limiting us. Try again shortly.", {
        requestId,
        retryAfterSeconds: error.retryAfter ?? 5,
      });
    case error.status === 504 || error.code === "upstream_timeout":
      return errorResponse(504, "upstream_timeout", "Anton did not answer in time. Try again.", { requestId });
    // Not a 401: that would tell the browser its own session had ended.
    case error.status === 401 || error.status === 403:
      return errorResponse(502, "upstream_auth_failed", "The dashboard could not authenticate with Anton.", { requestId });
    default:
      return errorResponse(502, "bad_upstream", "Anton answered with an error. Try again.", { requestId });
  }
}
