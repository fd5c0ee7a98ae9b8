import { nextProxyCookies } from "iron-session";
import { NextResponse, type NextRequest } from "next/server";
import { errorResponse } from "@/lib/http/error-response";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { isJsonRequest, isSameOriginRequest } from "@/lib/security/same-origin";
import { getSessionConfig } from "@/lib/session/config";
import { readSealedSession } from "@/lib/session/read-session";
import { activeUser, isSecureRequest, needsTouch, openSession, SESSION_COOKIE } from "@/lib/session/session";

// The one place that decides who may see what: every page but /login needs a session,
// every /api route but POST /api/session answers 401 without one, and state-changing
// API calls must come from our own origin with a JSON body.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function isPublic(pathname: string, method: string): boolean {
  return pathname === "/login" || (pathname === "/api/session" && method === "POST");
}

function loginRedirect(request: NextRequest): NextResponse {
  const target = new URL("/login", request.url);
  const wanted = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (wanted !== "/") target.searchParams.set("next", wanted);
  return NextResponse.redirect(target);
}

/** A %-escape that does not decode (`%zz`, `%E2%82`): Next answers those in a dynamic segment with a bare 500. */
function hasMalformedEscape(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const method = request.method.toUpperCase();
  const isApi = pathname.startsWith("/api/");

  if (hasMalformedEscape(pathname)) {
    if (isApi) return errorResponse(400, "invalid_path", "The address holds a malformed %-escape.");
    return new NextResponse("Bad Request: the address holds a malformed %-escape.", { status: 400 });
  }

  if (isApi && !SAFE_METHODS.has(method)) {
    if (!isSameOriginRequest(request.headers, process.env.DASHBOARD_PUBLIC_URL)) {
      return errorResponse(403, "cross_origin_refused", "This request must come from the dashboard itself.");
    }
    if (method === "POST" && !isJsonRequest(request.headers)) {
      return errorResponse(415, "unsupported_media_type", "Send a JSON body (Content-Type: application/json).");
    }
  }

  const config = getSessionConfig();
  const session = await readSealedSession(request.cookies.get(SESSION_COOKIE)?.value, config);
  const user = activeUser(session, config);

  if (!user && !isPublic(pathname, method)) {
    if (isApi) return errorResponse(401, "unauthenticated", "Sign in to continue.");
    return loginRedirect(request);
  }
  if (user && pathname === "/login") return NextResponse.redirect(new URL("/payouts", request.url));

  const response = isApi ? NextResponse.next() : withContentSecurityPolicy(request);
  if (user && needsTouch(session)) {
    const stored = await openSession(nextProxyCookies(request, response), config, isSecureRequest(request.headers));
    stored.lastSeenAt = Date.now();
    await stored.save();
  }
  return response;
}

/** Pages get a fresh nonce; Next puts it on its own scripts when it sees the header. */
function withContentSecurityPolicy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
