/**
 * CSRF gate for state-changing requests: the browser must say the request comes from
 * our own origin. Next's request.url always says localhost, so compare with the Host the
 * browser used (or the proxy's X-Forwarded-Host, or a configured public URL).
 */
export function isSameOriginRequest(headers: Headers, publicUrl?: string): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") return false;
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  if (publicUrl) {
    try {
      if (new URL(publicUrl).host === originHost) return true;
    } catch {
      // a malformed DASHBOARD_PUBLIC_URL matches nothing
    }
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? headers.get("host");
  return host !== null && host === originHost;
}

export function isJsonRequest(headers: Headers): boolean {
  const type = headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return type === "application/json";
}
