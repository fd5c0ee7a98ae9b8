import "server-only";

import { AntonAuthError, AntonError, AntonRateLimitError, badUpstreamResponse } from "./errors";

/** Largest body we are willing to buffer from Anton (a 100-row page is ~100 kB). */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

export function requestIdOf(headers: Headers): string | undefined {
  const id = headers.get("x-request-id")?.trim();
  return id && id.length <= 200 ? id : undefined;
}

/** Reads the body as JSON; HTML, truncated or oversized bodies become 502 bad_upstream_response. */
export async function readJson(res: Response): Promise<unknown> {
  const requestId = requestIdOf(res.headers);
  const declared = Number(res.headers.get("content-length"));
  if (declared > MAX_BODY_BYTES) throw badUpstreamResponse("body too large", requestId);
  const text = await res.text();
  if (text.length > MAX_BODY_BYTES) throw badUpstreamResponse("body too large", requestId);
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const type = res.headers.get("content-type")?.split(";")[0]?.trim() || "unknown type";
    throw badUpstreamResponse(`status ${res.status}, body is not JSON (${type})`, requestId);
  }
}

/** Like readJson, but for error responses: an unreadable error body is simply ignored. */
export async function readErrorJson(res: Response): Promise<unknown> {
  try {
    return await readJson(res);
  } catch (error) {
    if (error instanceof AntonError) return undefined;
    throw error; // aborts and timeouts propagate
  }
}

export interface UpstreamProblem {
  /** OAuth / DPoP error (`use_dpop_nonce`, `invalid_token`, …) or Anton's `error.code`. */
  code: string | undefined;
  message: string | undefined;
  details: unknown;
}

function param(challenge: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|[\\s,])${name}="((?:[^"\\\\]|\\\\.)*)"`, "i").exec(challenge);
  return match?.[1]?.replace(/\\(.)/g, "$1");
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value.slice(0, 300) : undefined;
}

/**
 * What went wrong, from (in order) the `WWW-Authenticate: DPoP error=…` challenge, an OAuth
 * error body `{error, error_description}`, or Anton's `{error: {code, message, details}}`.
 */
export function problemOf(headers: Headers, body: unknown): UpstreamProblem {
  const challenge = headers.get("www-authenticate") ?? "";
  const headerCode = /\bdpop\b/i.test(challenge) ? param(challenge, "error") : undefined;
  const headerDescription = headerCode ? param(challenge, "error_description") : undefined;

  let code: string | undefined;
  let message: string | undefined;
  let details: unknown;
  if (typeof body === "object" && body !== null && "error" in body) {
    const error: unknown = body.error;
    if (typeof error === "string") {
      code = str(error);
      message = "error_description" in body ? str(body.error_description) : undefined;
    } else if (typeof error === "object" && error !== null) {
      code = "code" in error ? str(error.code) : undefined;
      message = "message" in error ? str(error.message) : undefined;
      details = "details" in error ? error.details : undefined;
    }
  }
  return {
    code: headerCode ?? code,
    message: headerDescription ?? message,
    details,
  };
}

/** Retry-After in seconds (delta-seconds or HTTP-date), or undefined. */
export function retryAfterSeconds(headers: Headers, nowMs: number): number | undefined {
  const raw = headers.get("retry-after")?.trim();
  if (!raw) return undefined;
  if (/^\d+$/.test(raw)) return Number(raw);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/** The typed error for a non-2xx answer. Carries no request header, token or proof. */
export function errorFromResponse(
  what: string,
  res: Response,
  problem: UpstreamProblem,
  nowMs: number,
): AntonError {
  const requestId = requestIdOf(res.headers);
  const code = problem.code ?? `http_${res.status}`;
  const message = `${what} failed: ${res.status} ${code}${problem.message ? `: ${problem.message}` : ""}`;
  const init = { status: res.status, code, requestId, details: problem.details };
  if (res.status === 429) {
    return new AntonRateLimitError(message, { ...init, retryAfter: retryAfterSeconds(res.headers, nowMs) });
  }
  if (res.status === 401 || res.status === 403 || /^(invalid_(client|grant|token|dpop_proof)|use_dpop_nonce|unauthorized_client)$/.test(code)) {
    return new AntonAuthError(message, init);
  }
  return new AntonError(message, init);
}
