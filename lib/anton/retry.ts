import "server-only";

export interface RetryPolicy {
  /** Attempts for one request when Anton answers 429 / 502 / 503 / 504 (first try included). */
  maxAttempts: number;
  /** Everything (retries, waits, minting) must finish within this many ms of the call. */
  deadlineMs: number;
  /** Backoff before retry n (1-based) is random in [½, 1] × min(maxDelayMs, baseDelayMs × 2^(n−1)). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the 429 goes back to the caller. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  deadlineMs: 10_000,
  baseDelayMs: 200,
  maxDelayMs: 2_000,
  maxRetryAfterMs: 5_000,
};

export const TRANSIENT_STATUSES = new Set([429, 502, 503, 504]);

/** Capped exponential backoff with jitter. */
export function backoffMs(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}

/**
 * How long to wait before retrying a transient failure, or undefined to give up:
 * Retry-After wins when present (and must fit the cap), otherwise backoff.
 */
export function retryDelayMs(
  retry: number,
  retryAfterS: number | undefined,
  policy: RetryPolicy,
  random?: () => number,
): number | undefined {
  if (retryAfterS !== undefined) {
    const ms = retryAfterS * 1000;
    return ms <= policy.maxRetryAfterMs ? ms : undefined;
  }
  return backoffMs(retry, policy, random);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Settles with `promise`, or rejects with the signal's reason as soon as it aborts. */
export function raceSignal<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
