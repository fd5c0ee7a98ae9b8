import "server-only";

import { z } from "zod";

import { ConfigError } from "./errors";

export type DpopAlgSetting = "ES256" | "EdDSA" | "Ed25519";

/** Where the DPoP private key comes from; `variable` is what error messages name. */
export type DpopKeySource =
  | { variable: "ANTON_DPOP_PRIVATE_KEY"; value: string }
  | { variable: "ANTON_DPOP_PRIVATE_KEY_FILE"; path: string };

export interface AntonConfig {
  /** Origin plus optional path prefix, no trailing slash, e.g. `https://api.antonpayments.com`. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  dpopKey: DpopKeySource;
  /** Only meaningful for Ed25519 keys: `EdDSA` (default) or `Ed25519`. */
  dpopAlg?: DpopAlgSetting | undefined;
  /** Per-attempt upstream timeout. */
  timeoutMs: number;
}

export const DEFAULT_TIMEOUT_MS = 8_000;

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

type Env = Record<string, string | undefined>;

/** Blank counts as unset, so `FOO=` in a .env file does not shadow the default. */
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const requiredString = z.preprocess(blankToUndefined, z.string({ error: "is required" }));
const optionalString = z.preprocess(blankToUndefined, z.string().optional());

const baseUrlSchema = requiredString.transform((raw, ctx) => {
  const url = URL.canParse(raw.trim()) ? new URL(raw.trim()) : undefined;
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    ctx.addIssue({ code: "custom", message: "must be an absolute http(s) URL" });
    return z.NEVER;
  }
  if (url.protocol === "http:" && !LOOPBACK.has(url.hostname)) {
    ctx.addIssue({ code: "custom", message: "must use https (plain http only for localhost)" });
    return z.NEVER;
  }
  if (url.username || url.password || url.search || url.hash) {
    ctx.addIssue({ code: "custom", message: "must not contain credentials, a query or a fragment" });
    return z.NEVER;
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
});

/** Checks a credential's shape. Messages never echo the value. */
const credentialSchema = (prefix: string) =>
  requiredString.refine((v) => VISIBLE_ASCII.test(v) && v.length <= 512 && v.startsWith(prefix), {
    message: `is malformed (expected ${prefix}…, printable ASCII without spaces)`,
  });

const envSchema = z
  .object({
    ANTON_API_BASE_URL: baseUrlSchema,
    ANTON_CLIENT_ID: credentialSchema("ant_oc_"),
    ANTON_CLIENT_SECRET: credentialSchema("ant_ocs_"),
    ANTON_DPOP_PRIVATE_KEY: optionalString,
    ANTON_DPOP_PRIVATE_KEY_FILE: optionalString,
    ANTON_DPOP_ALG: z.preprocess(
      blankToUndefined,
      z.enum(["ES256", "EdDSA", "Ed25519"], { error: "must be EdDSA, Ed25519 or ES256" }).optional(),
    ),
    ANTON_TIMEOUT_MS: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "must be a number of milliseconds" })
        .int({ error: "must be a whole number of milliseconds" })
        .min(100, { error: "must be at least 100 (milliseconds)" })
        .max(120_000, { error: "must be at most 120000 (milliseconds)" })
        .optional(),
    ),
  })
  .check((ctx) => {
    const { ANTON_DPOP_PRIVATE_KEY: inline, ANTON_DPOP_PRIVATE_KEY_FILE: file } = ctx.value;
    if (inline !== undefined && file !== undefined) {
      ctx.issues.push({
        code: "custom",
        input: undefined,
        path: ["ANTON_DPOP_PRIVATE_KEY"],
        message: "and ANTON_DPOP_PRIVATE_KEY_FILE are both set; set only one",
      });
    } else if (inline === undefined && file === undefined) {
      ctx.issues.push({
        code: "custom",
        input: undefined,
        path: ["ANTON_DPOP_PRIVATE_KEY"],
        message: "(or ANTON_DPOP_PRIVATE_KEY_FILE) is required",
      });
    }
  });

/**
 * Reads the Anton settings from an environment object. Pure: does not read the key file
 * (`loadDpopKey` does). Throws `ConfigError` naming the first bad variable, never its value.
 */
export function readAntonConfig(env: Env): AntonConfig {
  const result = envSchema.safeParse(env, { reportInput: false });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(String(issue?.path[0] ?? "ANTON configuration"), issue?.message ?? "is invalid");
  }
  const v = result.data;
  const dpopKey: DpopKeySource =
    v.ANTON_DPOP_PRIVATE_KEY !== undefined
      ? { variable: "ANTON_DPOP_PRIVATE_KEY", value: v.ANTON_DPOP_PRIVATE_KEY }
      : { variable: "ANTON_DPOP_PRIVATE_KEY_FILE", path: (v.ANTON_DPOP_PRIVATE_KEY_FILE ?? "").trim() };
  return {
    baseUrl: v.ANTON_API_BASE_URL,
    clientId: v.ANTON_CLIENT_ID,
    clientSecret: v.ANTON_CLIENT_SECRET,
    dpopKey,
    dpopAlg: v.ANTON_DPOP_ALG,
    timeoutMs: v.ANTON_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS,
  };
}

let memo: AntonConfig | undefined;

/** The process's Anton settings, parsed from `process.env` once. */
export function getAntonConfig(): AntonConfig {
  memo ??= readAntonConfig(process.env);
  return memo;
}
