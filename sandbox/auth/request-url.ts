import type { IncomingMessage } from "node:http";
import { normaliseOrigin } from "./htu.js";

/** scheme://host[:port]/path as the client addressed the sandbox (plain HTTP), normalised like htu. */
export function requestUrl(req: IncomingMessage, path: string, fallbackHost: string): string {
  const host = req.headers.host || fallbackHost;
  return normaliseOrigin("http", host) + path;
}
