import "server-only";

import type { ProofSigner } from "./dpop";
import { InvalidParameterError } from "./errors";
import { exchange, type ExchangeContext } from "./exchange";
import { requestIdOf } from "./http";
import type { TokenCache } from "./token-cache";

export type QueryValue = string | number | boolean | readonly string[] | undefined;
export type QueryParams = Readonly<Record<string, QueryValue>>;

export interface AntonRequestInit {
  /** Default GET. Only GET and HEAD are retried on 429 / 5xx. */
  method?: string;
  query?: QueryParams;
  signal?: AbortSignal | undefined;
}

export interface AntonResponse {
  status: number;
  /** Parsed JSON (undefined for an empty body). Validate it before use. */
  body: unknown;
  requestId: string | undefined;
  headers: Headers;
}

/** The one transport: path segments in, validated JSON out. No caller ever supplies a URL. */
export type AntonFetch = (path: readonly string[], init?: AntonRequestInit) => Promise<AntonResponse>;

/**
 * Base URL + encoded segments + query. Every segment is percent-encoded on its own, so
 * no segment can add a `/`, `?` or `#`; dot segments are refused outright.
 */
export function buildUrl(baseUrl: string, path: readonly string[], query?: QueryParams): URL {
  const segments = path.map((segment) => {
    if (typeof segment !== "string" || segment === "" || segment === "." || segment === ".." || segment.length > 256) {
      throw new InvalidParameterError("path");
    }
    return encodeURIComponent(segment);
  });
  const url = new URL(`${baseUrl}/${segments.join("/")}`);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      for (const item of value as readonly string[]) url.searchParams.append(name, item);
    } else {
      url.searchParams.append(name, String(value));
    }
  }
  return url;
}

export interface TransportOptions {
  baseUrl: string;
  context: ExchangeContext;
  tokens: TokenCache;
  sign: ProofSigner;
}

export function createTransport({ baseUrl, context, tokens, sign }: TransportOptions): AntonFetch {
  return async function antonFetch(path, init = {}) {
    const method = (init.method ?? "GET").toUpperCase();
    const url = buildUrl(baseUrl, path, init.query);
    let token: string | undefined;
    const result = await exchange(context, {
      what: `${method} ${url.pathname}`,
      method,
      url,
      headers: async () => {
        token = await tokens.getToken(init.signal);
        return {
          authorization: `DPoP ${token}`,
          dpop: await sign(method, url, token),
          accept: "application/json",
        };
      },
      retryTransient: method === "GET" || method === "HEAD",
      onInvalidToken: () => tokens.invalidate(token),
      signal: init.signal,
      deadlineAt: context.now() + context.policy.deadlineMs,
    });
    return { ...result, requestId: requestIdOf(result.headers) };
  };
}
