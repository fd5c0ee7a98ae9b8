import {
  ACCOUNT_CURRENCY_PATTERN,
  BATCH_STATUSES,
  DEST_CURRENCY_PATTERN,
  ID_PATTERNS,
  PAYOUT_STATUSES,
  TRANSACTION_STATUSES,
  TRANSACTION_TYPES,
} from "./anton-vocabulary";
import type { QuerySpec, QueryValues } from "./query-spec";

const page = { limit: { kind: "limit", max: 100 }, cursor: { kind: "cursor" } } as const satisfies QuerySpec;
const createdRange = { created_after: { kind: "datetime" }, created_before: { kind: "datetime" } } as const satisfies QuerySpec;

/** GET /v1/payouts: every filter Anton documents. */
export const payoutFilterSpec = {
  status: { kind: "multi", values: PAYOUT_STATUSES },
  dest_currency: { kind: "pattern", pattern: DEST_CURRENCY_PATTERN, example: "EUR" },
  beneficiary_id: { kind: "pattern", pattern: ID_PATTERNS.beneficiary, example: "ben_01HX…" },
  instrument_id: { kind: "pattern", pattern: ID_PATTERNS.instrument, example: "ins_01HX…" },
  batch_id: { kind: "pattern", pattern: ID_PATTERNS.batch, example: "bat_01HX…" },
  reference: { kind: "text", maxLength: 200 },
  ...createdRange,
} as const satisfies QuerySpec;
export const payoutListSpec = { ...payoutFilterSpec, ...page } as const satisfies QuerySpec;

/** GET /v1/batches. */
export const batchFilterSpec = { status: { kind: "multi", values: BATCH_STATUSES } } as const satisfies QuerySpec;
export const batchListSpec = { ...batchFilterSpec, ...page } as const satisfies QuerySpec;

/**
 * Our /api/batches/{id}/payouts: Anton's endpoint takes only paging (rows in file order);
 * status and destination currency are applied on our server.
 */
export const batchPayoutFilterSpec = {
  status: payoutFilterSpec.status,
  dest_currency: payoutFilterSpec.dest_currency,
} as const satisfies QuerySpec;
export const batchPayoutListSpec = { ...batchPayoutFilterSpec, ...page } as const satisfies QuerySpec;

/** Our /api/transactions: currency picks the account; the rest our server applies. */
export const transactionFilterSpec = {
  currency: { kind: "pattern", pattern: ACCOUNT_CURRENCY_PATTERN, example: "USD" },
  type: { kind: "multi", values: TRANSACTION_TYPES },
  status: { kind: "multi", values: TRANSACTION_STATUSES },
  ...createdRange,
} as const satisfies QuerySpec;
export const transactionListSpec = { ...transactionFilterSpec, ...page } as const satisfies QuerySpec;

export type PayoutListQuery = QueryValues<typeof payoutListSpec>;
export type PayoutFilters = QueryValues<typeof payoutFilterSpec>;
export type BatchListQuery = QueryValues<typeof batchListSpec>;
export type BatchFilters = QueryValues<typeof batchFilterSpec>;
export type BatchPayoutListQuery = QueryValues<typeof batchPayoutListSpec>;
export type BatchPayoutFilters = QueryValues<typeof batchPayoutFilterSpec>;
export type TransactionListQuery = QueryValues<typeof transactionListSpec>;
export type TransactionFilters = QueryValues<typeof transactionFilterSpec>;
