// The `tz` of an export: an IANA zone name Intl knows, or UTC. Pure (the browser and the
// route agree on what is valid).

const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

/**
 * The zone's canonical name ("europe/paris" → "Europe/Paris", "utc" → "UTC"), or undefined
 * when Intl does not know it. Offsets such as "+02:00" are refused: a fixed offset is not a
 * time zone and would be wrong for half the year.
 */
export function canonicalTimeZone(name: string): string | undefined {
  if (!ZONE_NAME.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
