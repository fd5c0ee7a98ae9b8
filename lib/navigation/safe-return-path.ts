/** Where to go after sign-in: only a path on this site, never another origin. */
export function safeReturnPath(candidate: string | undefined, fallback = "/payouts"): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.includes("\\")) return fallback;
  try {
    const url = new URL(candidate, "http://dashboard.invalid");
    if (url.origin !== "http://dashboard.invalid" || url.pathname === "/login") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
