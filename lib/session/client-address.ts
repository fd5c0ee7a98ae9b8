import "server-only";

/**
 * The address a sign-in attempt came from. The start script overwrites X-Forwarded-For
 * with the socket address unless DASHBOARD_TRUST_PROXY is set; behind a trusted proxy the
 * last hop is the one that proxy saw (earlier entries are whatever the client claimed).
 */
export function clientAddress(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  return hops.at(-1) ?? "unknown";
}
