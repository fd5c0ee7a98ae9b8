import "server-only";
import { getIronSession, type CookieJar, type CookieStore, type IronSession, type SessionOptions } from "iron-session";
import type { SessionConfig } from "./config";

export const SESSION_COOKIE = "anton_dashboard_session";

export interface SessionUser {
  email: string;
  name: string;
}

export interface SessionData {
  user?: SessionUser;
  /** Date.now() at sign-in: the absolute lifetime counts from here. */
  signedInAt?: number;
  /** Date.now() of the last request: the idle timeout counts from here. */
  lastSeenAt?: number;
}

/** Refresh lastSeenAt at most this often, so most requests need no new Set-Cookie. */
const TOUCH_INTERVAL_MS = 60_000;

export function sessionOptions(config: SessionConfig, secure: boolean): SessionOptions {
  return {
    cookieName: SESSION_COOKIE,
    password: config.secret,
    ttl: config.maxAgeSeconds,
    cookieOptions: { httpOnly: true, sameSite: "lax", secure, path: "/" },
  };
}

/** Browsers keep Secure cookies on http://localhost; everywhere else we are behind TLS. */
export function isSecureRequest(headers: Headers): boolean {
  const proto = headers.get("x-forwarded-proto");
  if (proto) return proto.split(",")[0]?.trim() === "https";
  const host = (headers.get("host") ?? "").replace(/:\d+$/, "");
  return !["localhost", "127.0.0.1", "[::1]"].includes(host);
}

export function openSession(cookies: CookieStore | CookieJar, config: SessionConfig, secure: boolean): Promise<IronSession<SessionData>> {
  return getIronSession<SessionData>(cookies, sessionOptions(config, secure));
}

/** The signed-in user, or undefined when the session is missing, expired or idle too long. */
export function activeUser(session: SessionData, config: SessionConfig, now = Date.now()): SessionUser | undefined {
  const { user, signedInAt, lastSeenAt } = session;
  if (!user || typeof signedInAt !== "number" || typeof lastSeenAt !== "number") return undefined;
  if (now - signedInAt > config.maxAgeSeconds * 1000) return undefined;
  if (now - lastSeenAt > config.idleTimeoutSeconds * 1000) return undefined;
  return user;
}

export function needsTouch(session: SessionData, now = Date.now()): boolean {
  return typeof session.lastSeenAt === "number" && now - session.lastSeenAt > TOUCH_INTERVAL_MS;
}
