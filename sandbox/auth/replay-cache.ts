// DPoP proof ids (jti) seen in the last five minutes. Real time, not the shifted
// clock: moving the sandbox clock must not forget what was seen.

const WINDOW_MS = 5 * 60_000;

export class ReplayCache {
  private readonly seen = new Map<string, number>();

  /** Records `jti`; false when it was already seen within the window. */
  remember(jti: string, now = Date.now()): boolean {
    this.purge(now);
    if (this.seen.has(jti)) return false;
    this.seen.set(jti, now + WINDOW_MS);
    return true;
  }

  private purge(now: number): void {
    // Map keeps insertion order, and expiries only grow: stop at the first live one.
    for (const [jti, expires] of this.seen) {
      if (expires > now) break;
      this.seen.delete(jti);
    }
  }
}
