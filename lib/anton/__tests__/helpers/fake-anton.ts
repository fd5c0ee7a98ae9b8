import { decodeJwt, decodeProtectedHeader, type JWTPayload, type ProtectedHeaderParameters } from "jose";

/**
 * An in-test stand-in for Anton, for the few cases the sandbox cannot express (a Bearer
 * token, an HTML body, a redirect, a far-off Date header…). Everything else is tested against
 * the real sandbox over HTTP.
 */
export interface RecordedRequest {
  url: URL;
  method: string;
  headers: Headers;
  body: string | undefined;
  proofHeader: ProtectedHeaderParameters | undefined;
  proofClaims: JWTPayload | undefined;
}

export type Handler = (req: RecordedRequest) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "x-request-id": "req_test_1", ...headers },
  });
}

export function tokenResponse(token = "at-1", extra: Record<string, unknown> = {}): Response {
  return json({ access_token: token, token_type: "DPoP", expires_in: 3600, ...extra });
}

export const emptyPage = () => json({ data: [], has_more: false });

function tryDecode<T>(decode: () => T): T | undefined {
  try {
    return decode();
  } catch {
    return undefined;
  }
}

export function fakeAnton(routes: { token?: Handler; resource: Handler }) {
  const requests: RecordedRequest[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers = new Headers(init?.headers);
    const proof = headers.get("dpop") ?? undefined;
    const req: RecordedRequest = {
      url,
      method: init?.method ?? "GET",
      headers,
      body: typeof init?.body === "string" ? init.body : undefined,
      proofHeader: proof ? tryDecode(() => decodeProtectedHeader(proof)) : undefined,
      proofClaims: proof ? tryDecode(() => decodeJwt(proof)) : undefined,
    };
    requests.push(req);
    const signal = init?.signal ?? undefined;
    if (signal?.aborted) throw signal.reason;
    const handler = url.pathname === "/oauth/token" ? (routes.token ?? (() => tokenResponse())) : routes.resource;
    const answer = Promise.resolve(handler(req));
    if (!signal) return answer;
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener("abort", () => reject(signal.reason), { once: true });
      answer.then(resolve, reject);
    });
  };
  return {
    fetch: fetchImpl,
    requests,
    resourceRequests: () => requests.filter((r) => r.url.pathname !== "/oauth/token"),
    mints: () => requests.filter((r) => r.url.pathname === "/oauth/token").length,
  };
}
