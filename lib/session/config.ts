import "server-only";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { ConfigError } from "@/lib/config/config-error";
import { isPasswordHash } from "./password";

type Env = Record<string, string | undefined>;

export interface DashboardUser {
  email: string;
  name: string;
  password_hash: string;
}

export interface SessionConfig {
  secret: string;
  maxAgeSeconds: number;
  idleTimeoutSeconds: number;
  users: DashboardUser[];
  /** Trust X-Forwarded-For for the client address (only behind a proxy you run). */
  trustProxy: boolean;
  sandboxMode: boolean;
}

const userSchema = z.object({
  email: z.email().transform((email) => email.toLowerCase()),
  name: z.string().trim().min(1),
  password_hash: z.string().refine(isPasswordHash, "is not a hash from `npm run hash-password`"),
});
const usersSchema = z.array(userSchema).min(1, "must list at least one user");

function positiveSeconds(env: Env, variable: string, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigError(variable, "must be a whole number of seconds above 0");
  return value;
}

function readUsers(env: Env): DashboardUser[] {
  const inline = env.DASHBOARD_USERS;
  const file = env.DASHBOARD_USERS_FILE;
  const variable = inline ? "DASHBOARD_USERS" : "DASHBOARD_USERS_FILE";
  let text: string;
  if (inline) text = inline;
  else if (file) {
    try {
      text = readFileSync(file, "utf8");
    } catch {
      throw new ConfigError("DASHBOARD_USERS_FILE", "names a file that cannot be read");
    }
  } else throw new ConfigError("DASHBOARD_USERS", "is required (or DASHBOARD_USERS_FILE): a JSON array of {email, name, password_hash}");

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError(variable, "is not valid JSON");
  }
  const parsed = usersSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `entry ${issue.path.join(".")} ` : "";
    throw new ConfigError(variable, `${where}${issue?.message ?? "is malformed"}`);
  }
  return parsed.data;
}

export function readSessionConfig(env: Env): SessionConfig {
  const secret = env.SESSION_SECRET ?? "";
  if (secret.length < 32) throw new ConfigError("SESSION_SECRET", "must be at least 32 characters");
  return {
    secret,
    maxAgeSeconds: positiveSeconds(env, "SESSION_MAX_AGE_S", 8 * 60 * 60),
    idleTimeoutSeconds: positiveSeconds(env, "SESSION_IDLE_TIMEOUT_S", 30 * 60),
    users: readUsers(env),
    trustProxy: env.DASHBOARD_TRUST_PROXY === "1" || env.DASHBOARD_TRUST_PROXY === "true",
    sandboxMode: env.DASHBOARD_SANDBOX_MODE === "1",
  };
}

let cached: SessionConfig | undefined;

export function getSessionConfig(): SessionConfig {
  cached ??= readSessionConfig(process.env);
  return cached;
}
