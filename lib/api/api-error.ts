import type { ApiErrorBody } from "./types";

/** A failed call to the dashboard's /api: what the error state shows and Retry needs. */
export class ApiError extends Error {
  readonly name = "ApiError";

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    /** Seconds, from Retry-After on a 429. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string";
}

/** Builds an ApiError from a non-2xx response, whatever its body turned out to be. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const retryAfter = Number(response.headers.get("Retry-After") ?? Number.NaN);
  const retry = Number.isFinite(retryAfter) ? retryAfter : undefined;
  if (isErrorBody(body)) {
    return new ApiError(response.status, body.error.code, body.error.message, body.error.request_id, retry);
  }
  return new ApiError(response.status, "unexpected_response", `The dashboard answered ${response.status}.`, undefined, retry);
}
