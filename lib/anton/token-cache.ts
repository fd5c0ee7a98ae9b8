import "server-only";

import { z } from "zod";

import type { ProofSigner } from "./dpop";
import { AntonError, badUpstreamResponse } from "./errors";
import type { ExchangeRequest, ExchangeResult } from "./exchange";
import { requestIdOf } from "./http";
import { raceSignal } from "./retry";

/** RFC 6749 §2.3.1 / Appendix B: application/x-www-form-urlencoded (space → '+'). */
export function formEncode(value: string): string {
  return new URLSearchParams([["", value]]).toString().slice(1);
}

/** The `Authorization` value for the token request. */
export function basicCredentials(clientId: string, clientSecret: string): string {
  const pair = `${formEncode(clientId)}:${formEncode(clientSecret)}`;
  return `Basic ${Buffer.from(pair, "utf8").toString("base64")}`;
}

const tokenResponseSchema = z.object({
  access_token: z.string().min(1).max(8192).regex(/^[\x21-\x7e]+$/),
  token_type: z.string(),
  expires_in: z.number().positive(),
});

export interface TokenCacheOptions {
  tokenUrl: URL;
  clientId: string;
  clientSecret: string;
  sign: ProofSigner;
  /** `exchange` bound to the shared context (clock, nonces, fetch, retry policy). */
  send: (req: ExchangeRequest) => Promise<ExchangeResult>;
  /** Local wall clock, ms. */
  now: () => number;
  /** Budget for one mint, including its retries. */
  deadlineMs: number;
  /** Drop the token this many seconds before `expires_in` (at most half its lifetime). Default 60. */
  refreshMarginS?: number;
}

export interface TokenCache {
  /** A valid access token; concurrent callers share a single mint. */
  getToken(signal?: AbortSignal): Promise<string>;
  /** Forget `token` (after `invalid_token`). A newer token already cached is kept. */
  invalidate(token?: string): void;
  /** Number of mint requests started (for diagnostics and tests). */
  readonly mints: number;
}

interface Cached {
  token: string;
  expiresAt: number;
}

export function createTokenCache(options: TokenCacheOptions): TokenCache {
  const margin = options.refreshMarginS ?? 60;
  let cached: Cached | undefined;
  let inflight: Promise<Cached> | undefined;
  let mints = 0;

  async function mint(): Promise<Cached> {
    mints += 1;
    const startedAt = options.now();
    const result = await options.send({
      what: "POST /oauth/token",
      method: "POST",
      url: options.tokenUrl,
      headers: async () => ({
        authorization: basicCredentials(options.clientId, options.clientSecret),
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/json",
        dpop: await options.sign("POST", options.tokenUrl),
      }),
      body: "grant_type=client_credentials",
      // Minting has no side effect but a token, so 429/5xx retries are safe here.
      retryTransient: true,
      deadlineAt: startedAt + options.deadlineMs,
    });
    const requestId = requestIdOf(result.headers);
    const parsed = tokenResponseSchema.safeParse(result.body);
    if (!parsed.success) throw badUpstreamResponse("malformed token response", requestId);
    if (parsed.data.token_type.toLowerCase() !== "dpop") {
      throw new AntonError("Anton issued a token that is not DPoP-bound; refusing to use it", {
        status: 502,
        code: "unsupported_token_type",
        requestId,
      });
    }
    const lifetimeS = Math.max(0, parsed.data.expires_in - Math.min(margin, parsed.data.expires_in / 2));
    return { token: parsed.data.access_token, expiresAt: startedAt + lifetimeS * 1000 };
  }

  function current(): Promise<Cached> {
    if (cached && options.now() < cached.expiresAt) return Promise.resolve(cached);
    inflight ??= mint().then(
      (fresh) => {
        cached = fresh;
        inflight = undefined;
        return fresh;
      },
      (error: unknown) => {
        inflight = undefined;
        throw error;
      },
    );
    return inflight;
  }

  return {
    // The mint is shared, so it is not tied to any one caller's signal: a caller that goes
    // away stops waiting, and the others still get the token.
    getToken: async (signal) => (await raceSignal(current(), signal)).token,
    invalidate(token) {
      if (token === undefined || cached?.token === token) cached = undefined;
    },
    get mints() {
      return mints;
    },
  };
}
