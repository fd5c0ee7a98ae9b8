import type { Account, Balance, MerchantTransaction } from "../data/types.js";
import { notFound } from "../errors.js";
import { paginate, parsePaging, type Page } from "../pagination.js";
import type { Query } from "../query.js";
import { pathId, PATTERNS } from "./params.js";
import type { Store } from "./store.js";

/** GET /v1/transactions: honours only limit and cursor; every other parameter is silently ignored. */
export function listTransactions(store: Store, query: Query): Page<MerchantTransaction> {
  return paginate(store.transactions, parsePaging(query));
}

export function listAccounts(store: Store, query: Query): Page<Account> {
  return paginate(store.accounts, parsePaging(query));
}

/**
 * GET /v1/accounts/{currency}/transactions. The currency pattern is ^[A-Z]{3,4}$
 * (not the ^[A-Z]{3}$ of dest_currency) because USDC is an account currency.
 */
export function listAccountTransactions(store: Store, currency: string, query: Query): Page<MerchantTransaction> {
  const list = store.accountTransactions(pathId(currency, "currency", PATTERNS.accountCurrency));
  if (!list) throw notFound("no account in this currency");
  return paginate(list, parsePaging(query));
}

export function listBalances(store: Store): { data: Balance[] } {
  return { data: store.data.balances };
}
