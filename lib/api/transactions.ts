import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { transactionListSpec, type TransactionFilters } from "@/lib/filters/list-queries";
import { toSearchParams } from "@/lib/filters/query-spec";
import { fetchJson } from "./fetch-json";
import { nextCursorOf } from "./list-pages";
import type { ScannedPage } from "./scan-progress";

/** An account movement as /api/transactions answers it; type and status stay open strings. */
export interface MerchantTransaction {
  id: string;
  type: string;
  status: string;
  /** Decimal string at the currency's scale; debits are negative. */
  amount: string;
  currency: string;
  created_at: string;
  account_id: string;
  reference: string;
  counterparty_name: string;
}

export type TransactionsPage = ScannedPage<MerchantTransaction>;

/** Anton's largest page; with server-side filters, a page of matches. */
export const TRANSACTIONS_PAGE_SIZE = 100;

export function transactionsListPath(filters: TransactionFilters, cursor?: string): string {
  return `/api/transactions?${toSearchParams(transactionListSpec, { ...filters, limit: TRANSACTIONS_PAGE_SIZE, cursor })}`;
}

export function fetchTransactionsPage(filters: TransactionFilters, cursor: string | undefined, signal?: AbortSignal): Promise<TransactionsPage> {
  return fetchJson<TransactionsPage>(transactionsListPath(filters, cursor), signal);
}

/**
 * Transactions for one set of (valid, resolved) filters. Each page also says how many
 * upstream rows our server read for it, so the page can show a sparse filter's progress.
 * The abort signal reaches fetch, so cancelling the query stops the server's scan too.
 */
export function transactionsInfiniteQueryOptions(filters: TransactionFilters) {
  return infiniteQueryOptions({
    queryKey: ["transactions", filters] as const,
    queryFn: ({ pageParam, signal }) => fetchTransactionsPage(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursorOf,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useTransactions(filters: TransactionFilters) {
  return useInfiniteQuery(transactionsInfiniteQueryOptions(filters));
}
