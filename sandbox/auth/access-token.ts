import { generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from "node:crypto";
import { decodeBase64url, encodeBase64url } from "./base64url.js";
import { jwkThumbprint, type PublicJwk } from "./jwk.js";

// Access tokens: JWTs signed with the sandbox's own ES256 key (a fresh key each
// start, so a restarted sandbox refuses old tokens and clients mint again).

export interface AccessClaims {
  iss: string;
  sub: string;
  client_id: string;
  iat: number;
  exp: number;
  jti: string;
  cnf: { jkt: string };
}

export class TokenError extends Error {}

export class TokenIssuer {
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  private readonly publicJwk: PublicJwk;
  readonly kid: string;

  constructor(private issuer: string) {
    const pair = generateKeyPairSync("ec", { namedCurve: "P-256" });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
    const jwk = pair.publicKey.export({ format: "jwk" });
    this.publicJwk = { kty: "EC", crv: "P-256", x: jwk.x!, y: jwk.y! };
    this.kid = jwkThumbprint(this.publicJwk);
  }

  setIssuer(issuer: string): void {
    this.issuer = issuer;
  }

  /** GET /.well-known/jwks.json */
  jwks(): { keys: Array<PublicJwk & { kid: string; alg: "ES256"; use: "sig" }> } {
    return { keys: [{ ...this.publicJwk, kid: this.kid, alg: "ES256", use: "sig" }] };
  }

  issue(clientId: string, jkt: string, nowS: number, ttlS: number): string {
    const header = { alg: "ES256", typ: "at+jwt", kid: this.kid };
    const claims: AccessClaims = {
      iss: this.issuer,
      sub: clientId,
      client_id: clientId,
      iat: nowS,
      exp: nowS + ttlS,
      jti: randomBytes(16).toString("base64url"),
      cnf: { jkt },
    };
    const input = `${encodeBase64url(JSON.stringify(header))}.${encodeBase64url(JSON.stringify(claims))}`;
    const signature = sign("sha256", Buffer.from(input), { key: this.privateKey, dsaEncoding: "ieee-p1363" });
    return `${input}.${encodeBase64url(signature)}`;
  }

  /** The claims of a token this sandbox issued and that has not expired; throws TokenError otherwise. */
  verify(token: string, nowS: number): AccessClaims {
    const parts = token.split(".");
    if (parts.length !== 3) throw new TokenError("access token is not a JWT");
    const [h, p, s] = parts as [string, string, string];
    const headerBytes = decodeBase64url(h);
    const payloadBytes = decodeBase64url(p);
    const signature = decodeBase64url(s);
    if (!headerBytes || !payloadBytes || !signature) throw new TokenError("access token is not a JWT");
    let header: Record<string, unknown>;
    let claims: Partial<AccessClaims>;
    try {
      header = JSON.parse(headerBytes.toString("utf8"));
      claims = JSON.parse(payloadBytes.toString("utf8"));
    } catch {
      throw new TokenError("access token is not a JWT");
    }
    if (header.alg !== "ES256" || header.kid !== this.kid || header.typ !== "at+jwt") throw new TokenError("access token was not issued by this server");
    const ok = signature.length === 64 && verify("sha256", Buffer.from(`${h}.${p}`), { key: this.publicKey, dsaEncoding: "ieee-p1363" }, signature);
    if (!ok) throw new TokenError("access token signature is invalid");
    if (claims.iss !== this.issuer) throw new TokenError("access token has the wrong issuer");
    if (typeof claims.exp !== "number" || claims.exp <= nowS) throw new TokenError("access token has expired");
    if (typeof claims.iat !== "number" || claims.iat > nowS + 60) throw new TokenError("access token is not valid yet");
    if (typeof claims.cnf?.jkt !== "string" || typeof claims.sub !== "string") throw new TokenError("access token is not DPoP-bound");
    return claims as AccessClaims;
  }
}
