import "server-only";

export interface ErrorBody {
  error: { code: string; message: string; request_id?: string };
}

interface ErrorOptions {
  requestId?: string;
  retryAfterSeconds?: number;
}

/** The dashboard's one error shape: {"error": {"code", "message", "request_id"?}}. */
export function errorResponse(status: number, code: string, message: string, options: ErrorOptions = {}): Response {
  const body: ErrorBody = { error: { code, message } };
  if (options.requestId) body.error.request_id = options.requestId;
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (options.retryAfterSeconds !== undefined) headers.set("Retry-After", String(options.retryAfterSeconds));
  return Response.json(body, { status, headers });
}
