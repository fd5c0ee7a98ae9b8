import "server-only";

/** How far the server's `Date` may be from ours before we blame a refused proof on the clock. */
export const CLOCK_SKEW_SUSPECT_S = 30;

/**
 * Our view of the server's clock: local time plus an offset learned from a `Date` header
 * when the server refuses a proof for its `iat`.
 */
export class ServerClock {
  private offsetS = 0;

  constructor(private readonly localNowMs: () => number = Date.now) {}

  /** Integer seconds, corrected by the learned offset: the proof's `iat`. */
  nowS(): number {
    return Math.floor(this.localNowMs() / 1000) + this.offsetS;
  }

  get offsetSeconds(): number {
    return this.offsetS;
  }

  /** Seconds between the server's `Date` header and our corrected clock, or undefined. */
  skewFrom(dateHeader: string | null): number | undefined {
    const serverMs = dateHeader ? Date.parse(dateHeader) : Number.NaN;
    if (Number.isNaN(serverMs)) return undefined;
    return Math.round(serverMs / 1000 - this.localNowMs() / 1000) - this.offsetS;
  }

  /** Adopts offset = Date − local. Returns false when the header is missing or unparseable. */
  learnFrom(dateHeader: string | null): boolean {
    const skew = this.skewFrom(dateHeader);
    if (skew === undefined) return false;
    this.offsetS += skew;
    return true;
  }
}
