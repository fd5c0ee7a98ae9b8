import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { TokenIssuer } from "./auth/access-token.js";
import { registerKeys } from "./auth/jwk.js";
import { NonceStore } from "./auth/nonces.js";
import { ReplayCache } from "./auth/replay-cache.js";
import { requestUrl } from "./auth/request-url.js";
import { authenticateResource } from "./auth/resource-auth.js";
import { handleTokenRequest } from "./auth/token-endpoint.js";
import { validateFaults, type Faults, type SandboxConfig } from "./config.js";
import { handleControl } from "./control.js";
import { generateDataset, type Dataset } from "./data/generate.js";
import { ApiError, internalError, methodNotAllowed, notFound, OAuthError, serviceUnavailable } from "./errors.js";
import { sendJson, sleep, splitTarget } from "./http.js";
import { sendMalformed } from "./malformed.js";
import { Query } from "./query.js";
import { RollingWindow, type RateDecision } from "./rate-limit.js";
import { routeV1 } from "./routes/router.js";
import { Store } from "./routes/store.js";
import type { RequestRecord, SandboxState, SandboxStats } from "./state.js";

export type { SandboxStats } from "./state.js";

export interface SandboxHandle {
  /** e.g. http://127.0.0.1:4010 */
  url: string;
  /** The generated data the server serves. */
  data: Dataset;
  /** Live counters. */
  stats: SandboxStats;
  setFaults(f: Partial<Faults>): void;
  resetStats(): void;
  close(): Promise<void>;
}

const MAX_RECORDS = 100_000;
const CLIENT_CLOSED_REQUEST = 499;

function record(log: RequestRecord[], entry: RequestRecord): void {
  if (log.length >= MAX_RECORDS) log.splice(0, MAX_RECORDS / 10);
  log.push(entry);
}

function setRateHeaders(res: ServerResponse, d: RateDecision, clockMs: number): void {
  res.setHeader("X-RateLimit-Limit", d.limit);
  res.setHeader("X-RateLimit-Remaining", d.remaining);
  res.setHeader("X-RateLimit-Reset", Math.ceil((clockMs + d.resetInMs) / 1000));
}

function sendError(res: ServerResponse, err: unknown): void {
  if (res.destroyed) return; // the client went away (e.g. mid-latency): nobody to answer
  if (res.headersSent) return void res.destroy();
  if (err instanceof ApiError || err instanceof OAuthError) return sendJson(res, err.status, err.body(), err.headers);
  console.error("sandbox: unexpected error", err);
  const e = internalError();
  sendJson(res, e.status, e.body());
}

async function route(req: IncomingMessage, res: ServerResponse, path: string, rawQuery: string, state: SandboxState, url: string): Promise<void> {
  const { config } = state;
  const nonceHeader = (): Record<string, string> => (config.requireNonce ? { "DPoP-Nonce": state.nonces.issue() } : {});
  if (path === "/oauth/token") {
    if (config.tokenEndpointDown) {
      req.resume();
      throw new OAuthError(503, "temporarily_unavailable", "the authorization server is temporarily unavailable");
    }
    const { body, headers } = await handleTokenRequest(req, url, state);
    return sendJson(res, 200, body, headers);
  }
  req.resume();
  if (path === "/.well-known/jwks.json") {
    if (req.method !== "GET") throw methodNotAllowed("GET");
    return sendJson(res, 200, state.tokens.jwks());
  }
  if (path === "/v1" || path.startsWith("/v1/")) {
    if (config.failRate > 0 && Math.random() < config.failRate) throw serviceUnavailable();
    authenticateResource(req, url, state);
    const body = routeV1(state.store, req.method ?? "", path, new Query(rawQuery));
    const malformedRate = config.malformedRate ?? 0;
    if (malformedRate > 0 && Math.random() < malformedRate) return sendMalformed(res, config.malformedKind ?? "html", body, nonceHeader());
    return sendJson(res, 200, body, nonceHeader());
  }
  throw notFound(`no route for ${path}`);
}

async function handle(req: IncomingMessage, res: ServerResponse, state: SandboxState, controls: Parameters<typeof handleControl>[3]): Promise<void> {
  res.setHeader("X-Request-ID", `req_${randomBytes(12).toString("hex")}`);
  res.setHeader("Date", new Date(state.clock()).toUTCString());
  res.setHeader("Cache-Control", "no-store");
  const target = req.url ?? "/";
  const { path, query } = splitTarget(target);
  const control = state.config.controlEnabled && path.startsWith("/__sandbox/");
  const decision = control ? state.limiter.peek(Date.now()) : state.limiter.hit(Date.now());
  setRateHeaders(res, decision, state.clock());
  if (!control) {
    const entry = (status: number): RequestRecord => ({ method: req.method ?? "", path, status, url: target });
    res.on("finish", () => record(state.stats.requests, entry(res.statusCode)));
    // A client that gave up before the answer (a timeout, an abort) made an attempt all the same.
    res.on("close", () => {
      if (!res.writableFinished) record(state.stats.abandoned, entry(CLIENT_CLOSED_REQUEST));
    });
  }
  try {
    if (control) return await handleControl(req, res, path, controls);
    if (!decision.allowed) {
      const retryAfter = { "Retry-After": String(Math.max(1, Math.ceil(decision.resetInMs / 1000))) };
      const message = "rate limit exceeded";
      throw path === "/oauth/token" ? new OAuthError(429, "rate_limited", message, retryAfter) : new ApiError(429, "rate_limited", message, undefined, retryAfter);
    }
    if (state.config.latencyMs > 0) await sleep(state.config.latencyMs);
    await route(req, res, path, query, state, requestUrl(req, path, `${state.config.host}:${state.config.port}`));
  } catch (err) {
    sendError(res, err);
  }
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function startSandbox(config: SandboxConfig): Promise<SandboxHandle> {
  const keys = registerKeys(config.dpopPublicKeys);
  if (keys.size === 0) throw new Error("at least one DPoP public key must be registered");
  const live: SandboxConfig = { ...config, ...validateFaults(pickFaults(config)) };
  const data = generateDataset(config.seed, config.now ?? Math.floor(Date.now() / 60_000) * 60_000);
  const stats: SandboxStats = { tokensMinted: 0, requests: [], abandoned: [] };
  const state: SandboxState = {
    config: live,
    clock: () => Date.now() + live.clockOffsetS * 1000,
    keys,
    tokens: new TokenIssuer(""),
    nonces: new NonceStore(),
    replay: new ReplayCache(),
    limiter: new RollingWindow(live.rateLimitPerMin),
    stats,
    store: new Store(data),
  };
  const setFaults = (f: Partial<Faults>) => {
    const faults = validateFaults(f);
    Object.assign(live, faults);
    if (faults.rateLimitPerMin !== undefined) state.limiter.setLimit(faults.rateLimitPerMin);
  };
  const resetStats = () => {
    stats.tokensMinted = 0;
    stats.requests.length = 0;
    stats.abandoned.length = 0;
  };
  const controls = { setFaults, resetStats, stats };
  const server = createServer((req, res) => void handle(req, res, state, controls));
  const address = await listen(server, config.port, config.host);
  live.port = address.port;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host === "0.0.0.0" || host === "[::]" ? "127.0.0.1" : host}:${address.port}`;
  state.tokens.setIssuer(url);

  return {
    url,
    data,
    stats,
    setFaults,
    resetStats,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function pickFaults(c: SandboxConfig): Faults {
  return {
    latencyMs: c.latencyMs,
    failRate: c.failRate,
    requireNonce: c.requireNonce,
    clockOffsetS: c.clockOffsetS,
    rateLimitPerMin: c.rateLimitPerMin,
    tokenTtlS: c.tokenTtlS,
    tokenEndpointDown: c.tokenEndpointDown ?? false,
    malformedRate: c.malformedRate ?? 0,
    malformedKind: c.malformedKind ?? "html",
  };
}
