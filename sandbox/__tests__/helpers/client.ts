import type { TestKey } from "./keys.js";
import { signProof, type ProofOptions } from "./proof.js";

// A test-only Anton client over real HTTP: mints tokens and signs a proof per request.

export type ProofTweaks = Omit<ProofOptions, "htm" | "htu"> & { htm?: string; htu?: string };

/** application/x-www-form-urlencoded encoding of one value (RFC 6749 §2.3.1). */
export function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}

export function basicAuth(id: string, secret: string, encode = true): string {
  const pair = encode ? `${formEncode(id)}:${formEncode(secret)}` : `${id}:${secret}`;
  return `Basic ${Buffer.from(pair).toString("base64")}`;
}

export interface TokenRequest {
  key?: TestKey;
  proof?: ProofTweaks | null;
  headers?: Record<string, string>;
  body?: string;
  method?: string;
}

export class TestClient {
  clockOffsetS = 0;
  nonce: string | undefined;

  constructor(
    readonly baseUrl: string,
    readonly clientId: string,
    readonly clientSecret: string,
    readonly key: TestKey,
  ) {}

  proof(key: TestKey, htm: string, htu: string, tweaks: ProofTweaks = {}): string {
    return signProof(key, { clockOffsetS: this.clockOffsetS, ...(this.nonce ? { nonce: this.nonce } : {}), htm, htu, ...tweaks });
  }

  tokenRequest(req: TokenRequest = {}): Promise<Response> {
    const method = req.method ?? "POST";
    const headers: Record<string, string> = {
      authorization: basicAuth(this.clientId, this.clientSecret),
      "content-type": "application/x-www-form-urlencoded",
      ...(req.proof === null ? {} : { dpop: this.proof(req.key ?? this.key, method, `${this.baseUrl}/oauth/token`, req.proof) }),
      ...req.headers,
    };
    return fetch(`${this.baseUrl}/oauth/token`, { method, headers, body: method === "GET" ? undefined : (req.body ?? "grant_type=client_credentials") });
  }

  async mint(key: TestKey = this.key): Promise<string> {
    const res = await this.tokenRequest({ key });
    if (res.status !== 200) throw new Error(`mint failed: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { access_token: string }).access_token;
  }

  /** GET (or `method`) a /v1 path with `Authorization: DPoP token` and a fresh proof. */
  request(path: string, token: string, opts: { key?: TestKey; proof?: ProofTweaks | null; headers?: Record<string, string>; method?: string } = {}): Promise<Response> {
    const method = opts.method ?? "GET";
    const htu = `${this.baseUrl}${path.split("?")[0]}`;
    const headers: Record<string, string> = {
      authorization: `DPoP ${token}`,
      ...(opts.proof === null ? {} : { dpop: this.proof(opts.key ?? this.key, method, htu, { accessToken: token, ...opts.proof }) }),
      ...opts.headers,
    };
    return fetch(`${this.baseUrl}${path}`, { method, headers });
  }

  private token: string | undefined;

  /** GET a /v1 path with a cached token; asserts 200 and returns the JSON body. */
  async getJson<T = unknown>(path: string): Promise<T> {
    this.token ??= await this.mint();
    const res = await this.request(path, this.token);
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  /** GET a /v1 path expecting an error; returns status, body and headers. */
  async getError(path: string): Promise<{ status: number; body: { error: { code: string; message: string; details?: Array<{ field: string; message: string }> } }; headers: Headers }> {
    this.token ??= await this.mint();
    const res = await this.request(path, this.token);
    return { status: res.status, body: (await res.json()) as never, headers: res.headers };
  }
}
