import "server-only";
import { unsealData } from "iron-session";
import type { SessionConfig } from "./config";
import type { SessionData } from "./session";

// Every request passes proxy.ts, and unsealing the cookie (AES + HMAC through WebCrypto)
// is a measurable part of a data request's cost. A cookie's content never changes, so a
// short-lived cache of unsealed cookies saves that work; activeUser() still checks the
// lifetime and idle limits on every request.
const CACHE_TTL_MS = 30_000;
const CACHE_MAX_ENTRIES = 1_000;
const cache = new Map<string, { data: SessionData; until: number }>();

/** The session inside a sealed cookie value; {} for a missing, tampered, foreign or expired one. */
export async function readSealedSession(sealed: string | undefined, config: SessionConfig, now = Date.now()): Promise<SessionData> {
  if (!sealed) return {};
  const hit = cache.get(sealed);
  if (hit && hit.until > now) return hit.data;

  const data = await unsealData<SessionData>(sealed, { password: config.secret, ttl: config.maxAgeSeconds }).catch(() => ({}));
  if (cache.size >= CACHE_MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(sealed, { data, until: now + CACHE_TTL_MS });
  return data;
}
