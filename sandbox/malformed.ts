import type { ServerResponse } from "node:http";
import type { MalformedKind } from "./config.js";
import { JSON_TYPE } from "./http.js";

// SANDBOX_MALFORMED_RATE / _KIND: a /v1 answer that would have been a good 200 arrives
// unusable, as from a misbehaving proxy or a body cut short. The status stays 200, so
// only a client that reads what it got (and not just the status) notices.

/** What a captive portal or a proxy's error page looks like: HTML, status 200. */
export const MALFORMED_HTML =
  "<!DOCTYPE html>\n<html><head><title>Service Temporarily Unavailable</title></head>\n" +
  "<body><h1>Service Temporarily Unavailable</h1><p>The upstream server is busy. Please try again later.</p></body></html>\n";

/** The first half of the JSON text (always at least one character short of valid JSON). */
export function truncatedJson(body: unknown): string {
  const text = JSON.stringify(body);
  return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
}

/**
 * Answers 200 with an unusable body. `html` carries only the common headers (a proxy's
 * page); `truncated` keeps the real answer's headers and Content-Type, with a
 * Content-Length that matches what is sent, so the HTTP message itself is complete.
 */
export function sendMalformed(res: ServerResponse, kind: MalformedKind, body: unknown, headers: Record<string, string>): void {
  if (kind === "truncated") {
    const text = truncatedJson(body);
    res.statusCode = 200;
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.setHeader("Content-Type", JSON_TYPE);
    res.setHeader("Content-Length", Buffer.byteLength(text));
    res.end(text);
    return;
  }
  res.statusCode = 200;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(MALFORMED_HTML));
  res.end(MALFORMED_HTML);
}
