import { Agent, request } from "node:http";
import { SESSION_COOKIE } from "./dashboard-stack";

// A load generator's HTTP client: node:http over a keep-alive agent with no socket limit, so
// each simulated browser keeps a connection of its own, as a real one does. Global fetch
// (undici) was tried first: with 200 requests outstanding it pinned the first wave to fresh
// connections and served later requests on warm ones ahead of them, so some clients waited
// 30 s on the client side while the dashboard was idle for them. The measuring tool must not
// be the bottleneck.

export const keepAliveAgent = new Agent({ keepAlive: true, maxSockets: Infinity });

export interface JsonAnswer<T> {
  status: number;
  body: T;
  /** The session cookie the answer set (proxy.ts renews it now and then), if any. */
  sessionCookie?: string;
}

/** GET a JSON document with a cookie; rejects on a network error, a timeout or a body that is not JSON. */
export function getJson<T>(url: string, cookie: string, timeoutMs: number): Promise<JsonAnswer<T>> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: keepAliveAgent, headers: { cookie, accept: "application/json" }, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        try {
          const sessionCookie = (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0] ?? "").find((c) => c.startsWith(`${SESSION_COOKIE}=`));
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as T, ...(sessionCookie ? { sessionCookie } : {}) });
        } catch (error) {
          reject(error);
        }
      });
    });
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    req.on("error", reject);
    req.end();
  });
}
