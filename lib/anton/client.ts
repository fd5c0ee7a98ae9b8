import "server-only";

import { ServerClock } from "./clock";
import { getAntonConfig, type AntonConfig } from "./config";
import { createProofSigner } from "./dpop";
import { exchange, type ExchangeContext } from "./exchange";
import { loadDpopKey, type DpopKey } from "./keys";
import { NonceStore } from "./nonces";
import { listAccounts } from "./resources/accounts";
import { listBalances } from "./resources/balances";
import { getBatch, listBatches, listBatchPayouts, type ListBatchesParams, type ListBatchPayoutsParams } from "./resources/batches";
import { getPayout, listPayouts, type ListPayoutsParams } from "./resources/payouts";
import type { PageParams, RequestOptions } from "./resources/shared";
import { listTransactions, type ListTransactionsParams } from "./resources/transactions";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry";
import type { Account, Balance, Batch, List, MerchantTransaction, Page, Payout } from "./schemas";
import { createTokenCache } from "./token-cache";
import { createTransport, type AntonFetch } from "./transport";

export interface AntonClientOptions {
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Overrides `config.timeoutMs` (per attempt). */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Seconds before `expires_in` at which a cached token is dropped (default 60, at most half its life). */
  tokenRefreshMarginS?: number;
  /** Local wall clock in ms, for tests. Drives iat, token expiry and deadlines. */
  now?: () => number;
  random?: () => number;
}

export interface AntonClient {
  /** The raw transport, for endpoints without a resource function. */
  request: AntonFetch;
  listPayouts(params?: ListPayoutsParams, options?: RequestOptions): Promise<Page<Payout>>;
  getPayout(id: string, options?: RequestOptions): Promise<Payout>;
  listBatches(params?: ListBatchesParams, options?: RequestOptions): Promise<Page<Batch>>;
  getBatch(id: string, options?: RequestOptions): Promise<Batch>;
  listBatchPayouts(batchId: string, params?: ListBatchPayoutsParams, options?: RequestOptions): Promise<Page<Payout>>;
  listTransactions(params?: ListTransactionsParams, options?: RequestOptions): Promise<Page<MerchantTransaction>>;
  listAccounts(params?: PageParams, options?: RequestOptions): Promise<Page<Account>>;
  listBalances(options?: RequestOptions): Promise<List<Balance>>;
  /** Loads the key now (it is otherwise loaded on first use); rejects with ConfigError. */
  ready(): Promise<void>;
  /** Token mints started so far (diagnostics). */
  readonly tokenMints: number;
}

export function createAntonClient(config: AntonConfig, options: AntonClientOptions = {}): AntonClient {
  const now = options.now ?? Date.now;
  const clock = new ServerClock(now);
  const nonces = new NonceStore();
  const timeoutMs = options.timeoutMs ?? config.timeoutMs;
  // A per-attempt timeout longer than the default deadline stretches the deadline with it.
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY_POLICY,
    deadlineMs: Math.max(DEFAULT_RETRY_POLICY.deadlineMs, timeoutMs),
    ...options.retry,
  };

  let keyPromise: Promise<DpopKey> | undefined;
  const loadKey = () => {
    keyPromise ??= loadDpopKey(config.dpopKey, config.dpopAlg).catch((error: unknown) => {
      keyPromise = undefined; // a fixed file may be read again on the next call
      throw error;
    });
    return keyPromise;
  };

  const context: ExchangeContext = {
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    clock,
    nonces,
    policy,
    timeoutMs,
    now,
    random: options.random ?? Math.random,
  };
  const sign = createProofSigner(loadKey, clock, nonces);
  const tokens = createTokenCache({
    tokenUrl: new URL(`${config.baseUrl}/oauth/token`),
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    sign,
    send: (req) => exchange(context, req),
    now,
    deadlineMs: policy.deadlineMs,
    refreshMarginS: options.tokenRefreshMarginS,
  });
  const request = createTransport({ baseUrl: config.baseUrl, context, tokens, sign });

  return {
    request,
    listPayouts: (params, opts) => listPayouts(request, params, opts),
    getPayout: (id, opts) => getPayout(request, id, opts),
    listBatches: (params, opts) => listBatches(request, params, opts),
    getBatch: (id, opts) => getBatch(request, id, opts),
    listBatchPayouts: (batchId, params, opts) => listBatchPayouts(request, batchId, params, opts),
    listTransactions: (params, opts) => listTransactions(request, params, opts),
    listAccounts: (params, opts) => listAccounts(request, params, opts),
    listBalances: (opts) => listBalances(request, opts),
    ready: async () => {
      await loadKey();
    },
    get tokenMints() {
      return tokens.mints;
    },
  };
}

const MEMO = Symbol.for("anton-dashboard.lib.anton.client");
type Memo = { [MEMO]?: AntonClient };

/**
 * The process-wide client built from the environment (for route handlers). Kept on
 * globalThis so route bundles that each load this module still share one token cache.
 */
export function getAntonClient(): AntonClient {
  const holder = globalThis as Memo;
  holder[MEMO] ??= createAntonClient(getAntonConfig());
  return holder[MEMO];
}
