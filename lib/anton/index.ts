import "server-only";

export { createAntonClient, getAntonClient, type AntonClient, type AntonClientOptions } from "./client";
export { getAntonConfig, readAntonConfig, type AntonConfig, type DpopKeySource } from "./config";
export {
  AntonAuthError,
  AntonError,
  AntonRateLimitError,
  AntonTimeoutError,
  ConfigError,
  InvalidParameterError,
  isAntonError,
} from "./errors";
export { loadDpopKey, type DpopAlg, type DpopKey, type PublicJwk } from "./keys";
export type { ListBatchesParams, ListBatchPayoutsParams } from "./resources/batches";
export type { ListPayoutsParams } from "./resources/payouts";
export type { PageParams, RequestOptions } from "./resources/shared";
export type { ListTransactionsParams } from "./resources/transactions";
export type { RetryPolicy } from "./retry";
export {
  AMOUNT_PATTERN,
  type Account,
  type Balance,
  type Batch,
  type List,
  type MerchantTransaction,
  type Page,
  type Payout,
} from "./schemas";
export type { AntonFetch, AntonRequestInit, AntonResponse, QueryParams } from "./transport";
