import "server-only";
import { cookies, headers } from "next/headers";
import { getSessionConfig } from "./config";
import { activeUser, isSecureRequest, openSession, type SessionUser } from "./session";

/** The signed-in user for a server component or route handler, or undefined. */
export async function currentUser(): Promise<SessionUser | undefined> {
  // Request data first: it marks the render dynamic, so `next build` never reads the
  // session settings (they exist only at run time).
  const [cookieStore, requestHeaders] = await Promise.all([cookies(), headers()]);
  const config = getSessionConfig();
  const session = await openSession(cookieStore, config, isSecureRequest(requestHeaders));
  return activeUser(session, config);
}
