import "server-only";

/** The latest `DPoP-Nonce` each origin gave us (RFC 9449 §8–9). */
export class NonceStore {
  private readonly byOrigin = new Map<string, string>();

  get(origin: string): string | undefined {
    return this.byOrigin.get(origin);
  }

  /** Call with every response: a server may rotate its nonce on any answer. */
  update(origin: string, headers: Headers): string | undefined {
    const nonce = headers.get("dpop-nonce")?.trim();
    // RFC 9449 §8.1: nonce = 1*NQCHAR; ignore anything else rather than echo it into a JWT.
    if (nonce && /^[\x21\x23-\x5b\x5d-\x7e]+$/.test(nonce) && nonce.length <= 1024) {
      this.byOrigin.set(origin, nonce);
      return nonce;
    }
    return undefined;
  }
}
