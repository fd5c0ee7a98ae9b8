import { parsePublicKeys } from "./public-keys.js";

export interface SandboxConfig {
  /** SANDBOX_PORT, default 4010; 0 = ephemeral. */
  port: number;
  /** SANDBOX_HOST, default 127.0.0.1. */
  host: string;
  /** SANDBOX_CLIENT_ID (ant_oc_sandbox_<32 hex>). */
  clientId: string;
  /** SANDBOX_CLIENT_SECRET (ant_ocs_sandbox_<48 hex>). */
  clientSecret: string;
  /** SANDBOX_DPOP_PUBLIC_KEY: public JWK, JSON array of JWKs, or SPKI PEM; P-256 or Ed25519. */
  dpopPublicKeys: JsonWebKey[];
  /** SANDBOX_SEED, default "anton". */
  seed: string;
  /** SANDBOX_NOW (RFC 3339): anchor of the generated data; default start time floored to the minute. */
  now?: number;
  /** SANDBOX_LATENCY_MS, default 0. */
  latencyMs: number;
  /** SANDBOX_FAIL_RATE 0..1: share of /v1 requests that answer 503. */
  failRate: number;
  /** SANDBOX_REQUIRE_NONCE: RFC 9449 nonce challenge on. */
  requireNonce: boolean;
  /** SANDBOX_CLOCK_OFFSET_S: shifts the sandbox clock (proof iat, token iat/exp, Date header). */
  clockOffsetS: number;
  /** SANDBOX_RATE_LIMIT_PER_MIN, default 1000, rolling 60 s window. */
  rateLimitPerMin: number;
  /** SANDBOX_TOKEN_TTL_S, default 28800 (8 h). */
  tokenTtlS: number;
  /** SANDBOX_CONTROL=1: enables /__sandbox/faults, /__sandbox/stats, /__sandbox/reset-stats. */
  controlEnabled: boolean;
  /** SANDBOX_TOKEN_ENDPOINT_DOWN: POST /oauth/token answers 503 `temporarily_unavailable` (OAuth shape). Default off. */
  tokenEndpointDown?: boolean;
  /** SANDBOX_MALFORMED_RATE 0..1: share of /v1 answers that would be 200 and arrive unusable instead. Default 0. */
  malformedRate?: number;
  /** SANDBOX_MALFORMED_KIND: how they are unusable: an HTML page (default) or the JSON cut in half. */
  malformedKind?: MalformedKind;
}

export type MalformedKind = "html" | "truncated";
export const MALFORMED_KINDS: readonly MalformedKind[] = ["html", "truncated"];

export type Faults = Pick<
  SandboxConfig,
  "latencyMs" | "failRate" | "requireNonce" | "clockOffsetS" | "rateLimitPerMin" | "tokenTtlS" | "tokenEndpointDown" | "malformedRate" | "malformedKind"
>;

const CLIENT_ID = /^ant_oc_sandbox_[0-9a-f]{32}$/;
const CLIENT_SECRET = /^ant_ocs_sandbox_[0-9a-f]{48}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function fail(name: string, why: string): never {
  throw new Error(`${name} ${why}`);
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^-?\d+$/.test(raw)) fail(name, `must be an integer, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) fail(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? "").toLowerCase();
  if (raw === "" || raw === "0" || raw === "false") return false;
  if (raw === "1" || raw === "true") return true;
  return fail(name, `must be 1/true or 0/false, got "${env[name]}"`);
}

function rate(env: NodeJS.ProcessEnv, name: string): number {
  const raw = env[name] ?? "";
  const n = raw === "" ? 0 : Number(raw);
  if (!/^\d*\.?\d+$/.test(raw || "0") || !(n >= 0 && n <= 1)) fail(name, `must be a number from 0 to 1, got "${raw}"`);
  return n;
}

/** Reads the SANDBOX_* variables. Throws an Error whose message names the bad or missing variable. */
export function readSandboxConfig(env: NodeJS.ProcessEnv): SandboxConfig {
  const clientId = env.SANDBOX_CLIENT_ID ?? "";
  if (!clientId) fail("SANDBOX_CLIENT_ID", "is required");
  if (!CLIENT_ID.test(clientId)) fail("SANDBOX_CLIENT_ID", "must look like ant_oc_sandbox_<32 hex>");
  const clientSecret = env.SANDBOX_CLIENT_SECRET ?? "";
  if (!clientSecret) fail("SANDBOX_CLIENT_SECRET", "is required");
  if (!CLIENT_SECRET.test(clientSecret)) fail("SANDBOX_CLIENT_SECRET", "must look like ant_ocs_sandbox_<48 hex>");
  const keyText = env.SANDBOX_DPOP_PUBLIC_KEY ?? "";
  if (!keyText.trim()) fail("SANDBOX_DPOP_PUBLIC_KEY", "is required");
  let dpopPublicKeys: JsonWebKey[];
  try {
    dpopPublicKeys = parsePublicKeys(keyText);
  } catch (err) {
    fail("SANDBOX_DPOP_PUBLIC_KEY", (err as Error).message);
  }

  let now: number | undefined;
  if (env.SANDBOX_NOW) {
    now = Date.parse(env.SANDBOX_NOW);
    if (!RFC3339.test(env.SANDBOX_NOW) || Number.isNaN(now)) fail("SANDBOX_NOW", `must be an RFC 3339 timestamp, got "${env.SANDBOX_NOW}"`);
  }
  const malformedKind = (env.SANDBOX_MALFORMED_KIND || "html") as MalformedKind;
  if (!MALFORMED_KINDS.includes(malformedKind)) fail("SANDBOX_MALFORMED_KIND", `must be html or truncated, got "${env.SANDBOX_MALFORMED_KIND}"`);

  return {
    port: int(env, "SANDBOX_PORT", 4010, 0, 65_535),
    host: env.SANDBOX_HOST || "127.0.0.1",
    clientId,
    clientSecret,
    dpopPublicKeys,
    seed: env.SANDBOX_SEED || "anton",
    ...(now === undefined ? {} : { now }),
    latencyMs: int(env, "SANDBOX_LATENCY_MS", 0, 0, 600_000),
    failRate: rate(env, "SANDBOX_FAIL_RATE"),
    requireNonce: bool(env, "SANDBOX_REQUIRE_NONCE"),
    clockOffsetS: int(env, "SANDBOX_CLOCK_OFFSET_S", 0, -31_536_000, 31_536_000),
    rateLimitPerMin: int(env, "SANDBOX_RATE_LIMIT_PER_MIN", 1000, 1, 100_000_000),
    tokenTtlS: int(env, "SANDBOX_TOKEN_TTL_S", 28_800, 1, 31_536_000),
    controlEnabled: bool(env, "SANDBOX_CONTROL"),
    tokenEndpointDown: bool(env, "SANDBOX_TOKEN_ENDPOINT_DOWN"),
    malformedRate: rate(env, "SANDBOX_MALFORMED_RATE"),
    malformedKind,
  };
}

/** Validates a partial fault set (from setFaults or POST /__sandbox/faults); throws naming the field. */
export function validateFaults(input: unknown): Partial<Faults> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) throw new Error("faults must be a JSON object");
  const out: Partial<Faults> = {};
  const isInt = (v: unknown, min: number): v is number => typeof v === "number" && Number.isInteger(v) && v >= min;
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    switch (key) {
      case "latencyMs":
      case "tokenTtlS":
      case "rateLimitPerMin":
        if (!isInt(value, key === "latencyMs" ? 0 : 1)) throw new Error(`${key} must be an integer ≥ ${key === "latencyMs" ? 0 : 1}`);
        out[key] = value;
        break;
      case "clockOffsetS":
        if (!isInt(value, -Infinity)) throw new Error("clockOffsetS must be an integer");
        out.clockOffsetS = value;
        break;
      case "failRate":
      case "malformedRate":
        if (typeof value !== "number" || !(value >= 0 && value <= 1)) throw new Error(`${key} must be a number from 0 to 1`);
        out[key] = value;
        break;
      case "requireNonce":
      case "tokenEndpointDown":
        if (typeof value !== "boolean") throw new Error(`${key} must be a boolean`);
        out[key] = value;
        break;
      case "malformedKind":
        if (!MALFORMED_KINDS.includes(value as MalformedKind)) throw new Error("malformedKind must be \"html\" or \"truncated\"");
        out.malformedKind = value as MalformedKind;
        break;
      default:
        throw new Error(`unknown fault "${key}"`);
    }
  }
  return out;
}
