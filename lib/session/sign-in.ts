import "server-only";
import { randomBytes } from "node:crypto";
import type { SessionConfig } from "./config";
import { DEFAULT_LOGIN_LIMITS, LoginRateLimiter, type LoginGate } from "./login-rate-limit";
import { hashPassword, verifyPassword } from "./password";
import type { SessionUser } from "./session";

// An unknown email still costs one full hash check, so timing does not reveal which emails exist.
let decoyHash: Promise<string> | undefined;

export async function checkCredentials(config: SessionConfig, email: string, password: string): Promise<SessionUser | undefined> {
  const user = config.users.find((candidate) => candidate.email === email.trim().toLowerCase());
  decoyHash ??= hashPassword(randomBytes(16).toString("hex"));
  const matches = await verifyPassword(password, user?.password_hash ?? (await decoyHash));
  return user && matches ? { email: user.email, name: user.name } : undefined;
}

function limitsFromEnv(env: NodeJS.ProcessEnv) {
  const windowSeconds = Number(env.LOGIN_LOCKOUT_WINDOW_S);
  return Number.isInteger(windowSeconds) && windowSeconds > 0
    ? { ...DEFAULT_LOGIN_LIMITS, windowMs: windowSeconds * 1000 }
    : DEFAULT_LOGIN_LIMITS;
}

const limiter = new LoginRateLimiter(limitsFromEnv(process.env));

export type SignInOutcome = { kind: "signed-in"; user: SessionUser } | { kind: "refused" } | { kind: "locked"; retryAfterSeconds: number };

export async function attemptSignIn(config: SessionConfig, email: string, password: string, address: string): Promise<SignInOutcome> {
  const key = email.trim().toLowerCase();
  const gate: LoginGate = limiter.check(key, address);
  if (!gate.allowed) return { kind: "locked", retryAfterSeconds: gate.retryAfterSeconds };
  const user = await checkCredentials(config, key, password);
  if (!user) {
    limiter.recordFailure(key, address);
    return { kind: "refused" };
  }
  limiter.recordSuccess(key);
  return { kind: "signed-in", user };
}
