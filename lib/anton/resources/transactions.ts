import "server-only";

import { merchantTransactionSchema, pageSchema, type MerchantTransaction, type Page } from "../schemas";
import type { AntonFetch } from "../transport";
import { CURRENCY, parseResponse, pathId, type PageParams, type RequestOptions } from "./shared";

export interface ListTransactionsParams extends PageParams {
  /** Selects GET /v1/accounts/{currency}/transactions instead of GET /v1/transactions. */
  currency?: string | undefined;
  /** Not applied by Anton yet (silently ignored upstream); sent so nothing breaks the day it is. */
  type?: readonly string[] | undefined;
  status?: readonly string[] | undefined;
  created_after?: string | undefined;
  created_before?: string | undefined;
}

const transactionPage = pageSchema(merchantTransactionSchema);

/**
 * Anton honours only limit and cursor here and silently ignores the rest, so callers
 * (lib/transactions) apply type/status/date themselves; the filters still go upstream.
 */
export async function listTransactions(
  anton: AntonFetch,
  params: ListTransactionsParams = {},
  options: RequestOptions = {},
): Promise<Page<MerchantTransaction>> {
  const path =
    params.currency === undefined
      ? ["v1", "transactions"]
      : ["v1", "accounts", pathId(params.currency, CURRENCY, "currency"), "transactions"];
  const response = await anton(path, {
    query: {
      limit: params.limit,
      cursor: params.cursor,
      type: params.type,
      status: params.status,
      created_after: params.created_after,
      created_before: params.created_before,
    },
    signal: options.signal,
  });
  return parseResponse(transactionPage, response, "transactions page");
}
