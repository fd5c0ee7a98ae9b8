import "server-only";

export interface LoginLimits {
  perEmail: number;
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perEmail: 5, perAddress: 20, windowMs: 15 * 60_000 };

export type LoginGate = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Failed sign-ins per email and per client address in a sliding window. In memory:
 * one dashboard process is the deployment this is built for (see docs/security.md).
 */
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  check(email: string, address: string): LoginGate {
    const waits = [
      this.wait(`email:${email}`, this.limits.perEmail),
      this.wait(`address:${address}`, this.limits.perAddress),
    ];
    const retryAfterMs = Math.max(...waits);
    return retryAfterMs > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) } : { allowed: true };
  }

  recordFailure(email: string, address: string): void {
    const now = this.now();
    for (const key of [`email:${email}`, `address:${address}`]) {
      this.failures.set(key, [...this.recent(key), now]);
    }
  }

  recordSuccess(email: string): void {
    this.failures.delete(`email:${email}`);
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.limits.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > cutoff);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Milliseconds until the key is under its limit again (0 when it already is). */
  private wait(key: string, limit: number): number {
    const recent = this.recent(key);
    if (recent.length < limit) return 0;
    const oldestThatCounts = recent[recent.length - limit] ?? this.now();
    return oldestThatCounts + this.limits.windowMs - this.now();
  }
}
