import { createHash, timingSafeEqual } from "node:crypto";
import { OAuthError } from "../errors.js";

// Client authentication at the token endpoint: HTTP Basic where the client id and
// secret are each application/x-www-form-urlencoded before base64 (RFC 6749 §2.3.1).
// A part holding a character form-encoding always escapes (reserved ; / ? : @ = & and
// the rest outside the unreserved set) or a stray % was not encoded: it is refused.

const FORM_ENCODED = /^(?:[A-Za-z0-9\-._~*!'()+]|%[0-9A-Fa-f]{2})*$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const challenge = { "WWW-Authenticate": 'Basic realm="anton"' };
const refuse = (description: string) => new OAuthError(401, "invalid_client", description, challenge);

function formDecode(part: string): string | undefined {
  if (!FORM_ENCODED.test(part)) return undefined;
  try {
    return decodeURIComponent(part.replace(/\+/g, " "));
  } catch {
    return undefined;
  }
}

function sameSecret(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb);
}

/** Throws OAuthError invalid_client unless `headers` hold exactly one valid Basic credential. */
export function authenticateClient(headers: readonly string[], clientId: string, clientSecret: string): void {
  if (headers.length === 0) throw refuse("client authentication with HTTP Basic is required");
  if (headers.length > 1) throw refuse("exactly one Authorization header is allowed");
  const m = /^Basic ([^\s]+)$/i.exec(headers[0]!);
  if (!m || !BASE64.test(m[1]!)) throw refuse("Authorization must be HTTP Basic");
  const decoded = Buffer.from(m[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) throw refuse("Basic credentials must be client_id:client_secret");
  const id = formDecode(decoded.slice(0, colon));
  const secret = formDecode(decoded.slice(colon + 1));
  if (id === undefined || secret === undefined) throw refuse("client_id and client_secret must each be form-urlencoded (RFC 6749 section 2.3.1)");
  const idOk = sameSecret(id, clientId);
  const secretOk = sameSecret(secret, clientSecret);
  if (!idOk || !secretOk) throw refuse("client authentication failed");
}
