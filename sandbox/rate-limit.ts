// Rolling 60-second window per client (the sandbox serves one merchant, so one window).
// Time here is the real clock: shifting the sandbox clock does not refill the window.

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Milliseconds until the oldest counted request leaves the window. */
  resetInMs: number;
}

const WINDOW_MS = 60_000;

export class RollingWindow {
  private hits: number[] = [];
  private head = 0;

  constructor(private limit: number) {}

  /** A new limit starts a fresh window. */
  setLimit(limit: number): void {
    this.limit = limit;
    this.hits = [];
    this.head = 0;
  }

  private purge(now: number): void {
    while (this.head < this.hits.length && this.hits[this.head]! <= now - WINDOW_MS) this.head++;
    if (this.head > 1024 && this.head * 2 > this.hits.length) {
      this.hits = this.hits.slice(this.head);
      this.head = 0;
    }
  }

  private decision(now: number, allowed: boolean): RateDecision {
    const used = this.hits.length - this.head;
    const oldest = this.hits[this.head];
    return {
      allowed,
      limit: this.limit,
      remaining: Math.max(0, this.limit - used),
      resetInMs: oldest === undefined ? WINDOW_MS : oldest + WINDOW_MS - now,
    };
  }

  /** Counts a request if the window has room. Refused requests are not counted. */
  hit(now: number): RateDecision {
    this.purge(now);
    if (this.hits.length - this.head >= this.limit) return this.decision(now, false);
    this.hits.push(now);
    return this.decision(now, true);
  }

  /** The current state without counting a request. */
  peek(now: number): RateDecision {
    this.purge(now);
    return this.decision(now, true);
  }
}
