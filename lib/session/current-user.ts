import "server-only";
import { cookies, headers } from "next/headers";
import { getSessionConfig } from "./config";
import { activeUser, isSecureRequest, openSession, type SessionUser } from "./session";

/** The signed-in user for a server component or route handler, or undefined. */
export async function currentUser(): Promise<SessionUser | undefined> {
  const config = getSessionConfig();
  const session = await openSession(await cookies(), config, isSecureRequest(await headers()));
  return activeUser(session, config);
}
