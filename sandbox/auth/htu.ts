// htu comparison (RFC 9449 §4.3): the proof's htu must be the request URL without
// query or fragment. Normalised only for scheme and host case and the default port.

const URL_PARTS = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#@]+)([^?#]*)(\?[^#]*)?(#.*)?$/;
const DEFAULT_PORT: Record<string, string> = { http: "80", https: "443" };

export function normaliseOrigin(scheme: string, authority: string): string {
  const s = scheme.toLowerCase();
  let a = authority.toLowerCase();
  const port = DEFAULT_PORT[s];
  if (port && a.endsWith(`:${port}`)) a = a.slice(0, -port.length - 1);
  return `${s}://${a}`;
}

/** The normalised htu, or an error text. */
export function normaliseHtu(htu: string): { url: string } | { error: string } {
  const m = URL_PARTS.exec(htu);
  if (!m) return { error: "htu is not an absolute http(s) URL" };
  if (m[4] !== undefined || m[5] !== undefined) return { error: "htu must not contain a query or fragment" };
  return { url: normaliseOrigin(m[1]!, m[2]!) + (m[3] || "/") };
}
