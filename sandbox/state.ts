import type { TokenIssuer } from "./auth/access-token.js";
import type { RegisteredKey } from "./auth/jwk.js";
import type { NonceStore } from "./auth/nonces.js";
import type { ReplayCache } from "./auth/replay-cache.js";
import type { SandboxConfig } from "./config.js";
import type { RollingWindow } from "./rate-limit.js";
import type { Store } from "./routes/store.js";

export interface RequestRecord {
  method: string;
  /** Path without the query. */
  path: string;
  status: number;
  /** The full request target, query included (an addition to the agreed {method, path, status}). */
  url: string;
}

export interface SandboxStats {
  tokensMinted: number;
  /** Every request answered, in the order the answers went out. */
  requests: RequestRecord[];
  /**
   * Requests whose client went away before the answer (a client timeout, an abort), with
   * status 499 (nginx's "client closed request"): nothing was sent, but the attempt was made.
   */
  abandoned: RequestRecord[];
}

/** Everything a request handler may need; `config` holds the live fault settings. */
export interface SandboxState {
  config: SandboxConfig;
  /** Sandbox time in ms: the real clock shifted by clockOffsetS. */
  clock(): number;
  keys: ReadonlyMap<string, RegisteredKey>;
  tokens: TokenIssuer;
  nonces: NonceStore;
  replay: ReplayCache;
  limiter: RollingWindow;
  stats: SandboxStats;
  store: Store;
}

export function nowSeconds(state: SandboxState): number {
  return Math.floor(state.clock() / 1000);
}
