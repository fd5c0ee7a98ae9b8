import { randomBytes } from "node:crypto";

// RFC 9449 §8 server nonces. A new nonce every minute; the current and the previous
// one are accepted, so a nonce lives one to two minutes and concurrent clients that
// picked up different nonces all succeed.

const ROTATE_MS = 60_000;

export class NonceStore {
  private current = randomBytes(16).toString("base64url");
  private previous: string | undefined;
  private rotatedAt = Date.now();

  private rotateIfDue(now: number): void {
    if (now - this.rotatedAt < ROTATE_MS) return;
    // After a long idle spell the previous nonce is stale too.
    this.previous = now - this.rotatedAt < 2 * ROTATE_MS ? this.current : undefined;
    this.current = randomBytes(16).toString("base64url");
    this.rotatedAt = now;
  }

  /** The nonce to hand out now. */
  issue(now = Date.now()): string {
    this.rotateIfDue(now);
    return this.current;
  }

  isValid(nonce: string, now = Date.now()): boolean {
    this.rotateIfDue(now);
    return nonce === this.current || (this.previous !== undefined && nonce === this.previous);
  }
}
