import type { IncomingMessage, ServerResponse } from "node:http";

export const JSON_TYPE = "application/json; charset=utf-8";

/** Writes a JSON response with extra headers (the common headers are already set). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader("Content-Type", JSON_TYPE);
  res.setHeader("Content-Length", Buffer.byteLength(text));
  res.end(text);
}

export function sendEmpty(res: ServerResponse, status: number): void {
  res.statusCode = status;
  res.setHeader("Content-Length", 0);
  res.end();
}

/** The request body as text, or undefined when it is larger than `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = 16 * 1024): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** All values of a request header, however often it was sent. */
export function headerValues(req: IncomingMessage, name: string): string[] {
  return req.headersDistinct[name.toLowerCase()] ?? [];
}

/** Splits a request target into its raw path and raw query (no decoding). */
export function splitTarget(target: string): { path: string; query: string } {
  const hash = target.indexOf("#");
  const clean = hash >= 0 ? target.slice(0, hash) : target;
  const q = clean.indexOf("?");
  return q >= 0 ? { path: clean.slice(0, q), query: clean.slice(q + 1) } : { path: clean, query: "" };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
