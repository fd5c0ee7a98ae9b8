import "server-only";

import { CLOCK_SKEW_SUSPECT_S, type ServerClock } from "./clock";
import { AntonError, AntonTimeoutError, badUpstreamResponse } from "./errors";
import {
  errorFromResponse,
  problemOf,
  readErrorJson,
  readJson,
  requestIdOf,
  retryAfterSeconds,
  type UpstreamProblem,
} from "./http";
import type { NonceStore } from "./nonces";
import { raceSignal, retryDelayMs, sleep, TRANSIENT_STATUSES, type RetryPolicy } from "./retry";

/** What every signed exchange with Anton shares: the clock, the nonces, the retry budget. */
export interface ExchangeContext {
  fetch: typeof fetch;
  clock: ServerClock;
  nonces: NonceStore;
  policy: RetryPolicy;
  /** Per-attempt timeout. */
  timeoutMs: number;
  /** Local wall clock in ms (deadlines, Retry-After dates). */
  now: () => number;
  random: () => number;
}

export interface ExchangeRequest {
  /** For messages, e.g. "GET /v1/payouts". Never includes the query. */
  what: string;
  method: string;
  url: URL;
  /** Called once per attempt, so every attempt carries a fresh proof (and a current token). */
  headers: () => Promise<Record<string, string>>;
  body?: string;
  /** Retry 429 / 502 / 503 / 504 and network failures (idempotent requests only). */
  retryTransient: boolean;
  /** Present on resource requests: called on `invalid_token`, before the single retry. */
  onInvalidToken?: () => void;
  signal?: AbortSignal | undefined;
  /** Epoch ms by which everything must be over. */
  deadlineAt: number;
}

export interface ExchangeResult {
  status: number;
  headers: Headers;
  body: unknown;
}

function isClockProblem(problem: UpstreamProblem, skewS: number | undefined): boolean {
  if (skewS === undefined) return false;
  return /\biat\b/i.test(problem.message ?? "") || Math.abs(skewS) > CLOCK_SKEW_SUSPECT_S;
}

/**
 * Sends one logical request: signs every attempt afresh, follows `DPoP-Nonce`, learns the
 * server clock, re-mints on `invalid_token` (each at most once), and retries transient
 * failures with capped backoff inside the deadline. Caller aborts propagate untouched.
 */
export async function exchange(ctx: ExchangeContext, req: ExchangeRequest): Promise<ExchangeResult> {
  const origin = req.url.origin;
  const used = { nonce: false, clock: false, token: false };
  let transientRetries = 0;

  const retryTransient = async (retryAfterS: number | undefined): Promise<boolean> => {
    if (!req.retryTransient || transientRetries + 1 >= ctx.policy.maxAttempts) return false;
    const delay = retryDelayMs(transientRetries + 1, retryAfterS, ctx.policy, ctx.random);
    if (delay === undefined || ctx.now() + delay >= req.deadlineAt) return false;
    transientRetries += 1;
    await sleep(delay, req.signal);
    return true;
  };

  for (;;) {
    if (req.signal?.aborted) throw req.signal.reason;
    const remaining = req.deadlineAt - ctx.now();
    if (remaining <= 0) throw new AntonTimeoutError(`${req.what}: deadline exceeded`);
    const timeout = AbortSignal.timeout(Math.min(ctx.timeoutMs, remaining));
    const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;

    let res: Response;
    let body: unknown;
    let sent = false;
    try {
      const headers = await raceSignal(req.headers(), signal);
      sent = true;
      res = await ctx.fetch(req.url, {
        method: req.method,
        headers,
        body: req.body,
        signal,
        redirect: "manual",
        cache: "no-store",
      });
      ctx.nonces.update(origin, res.headers);
      if (res.status >= 200 && res.status < 300) {
        return { status: res.status, headers: res.headers, body: await readJson(res) };
      }
      body = await readErrorJson(res);
    } catch (error) {
      if (req.signal?.aborted) throw req.signal.reason;
      if (timeout.aborted) throw new AntonTimeoutError(`${req.what}: Anton did not answer in time`);
      // fetch reports connection refused/reset and DNS failures as TypeError.
      if (!sent || error instanceof AntonError || !(error instanceof TypeError)) throw error;
      if (await retryTransient(undefined)) continue;
      throw new AntonError(`${req.what} failed: Anton is unreachable`, {
        status: 502,
        code: "upstream_unreachable",
        cause: error,
      });
    }

    if (res.status >= 300 && res.status < 400) {
      throw badUpstreamResponse(`unexpected redirect (${res.status})`, requestIdOf(res.headers));
    }
    const problem = problemOf(res.headers, body);
    const freshNonce = res.headers.has("dpop-nonce");
    if (problem.code === "use_dpop_nonce" && freshNonce && !used.nonce) {
      used.nonce = true;
      continue;
    }
    if (problem.code === "invalid_dpop_proof" && !used.clock) {
      const dateHeader = res.headers.get("date");
      if (isClockProblem(problem, ctx.clock.skewFrom(dateHeader)) && ctx.clock.learnFrom(dateHeader)) {
        used.clock = true;
        continue;
      }
    }
    if (problem.code === "invalid_token" && req.onInvalidToken && !used.token) {
      used.token = true;
      req.onInvalidToken();
      continue;
    }
    if (TRANSIENT_STATUSES.has(res.status) && (await retryTransient(retryAfterSeconds(res.headers, ctx.now())))) {
      continue;
    }
    throw errorFromResponse(req.what, res, problem, ctx.now());
  }
}
