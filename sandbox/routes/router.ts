import { methodNotAllowed, notFound } from "../errors.js";
import type { Query } from "../query.js";
import { getBatch, listBatches, listBatchPayouts } from "./batches.js";
import { listAccounts, listAccountTransactions, listBalances, listTransactions } from "./ledger.js";
import { getPayout, listPayouts } from "./payouts.js";
import type { Store } from "./store.js";

// The /v1 routes (all GET). A `:param` segment matches any non-empty segment.

type Handler = (store: Store, params: string[], query: Query) => unknown;

const ROUTES: Array<[string[], Handler]> = [
  [["payouts"], (s, _, q) => listPayouts(s, q)],
  [["payouts", ":id"], (s, [id]) => getPayout(s, id!)],
  [["batches"], (s, _, q) => listBatches(s, q)],
  [["batches", ":id"], (s, [id]) => getBatch(s, id!)],
  [["batches", ":id", "payouts"], (s, [id], q) => listBatchPayouts(s, id!, q)],
  [["transactions"], (s, _, q) => listTransactions(s, q)],
  [["accounts"], (s, _, q) => listAccounts(s, q)],
  [["accounts", ":currency", "transactions"], (s, [currency], q) => listAccountTransactions(s, currency!, q)],
  [["balances"], (s) => listBalances(s)],
];

function match(pattern: string[], segments: string[]): string[] | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    const s = segments[i]!;
    if (s === "") return undefined;
    if (p.startsWith(":")) params.push(s);
    else if (p !== s) return undefined;
  }
  return params;
}

/** Runs the /v1 route for `path` (e.g. "/v1/payouts/pay_…"); throws ApiError 404/405/400. */
export function routeV1(store: Store, method: string, path: string, query: Query): unknown {
  const segments = path.split("/").slice(2);
  for (const [pattern, handler] of ROUTES) {
    const params = match(pattern, segments);
    if (!params) continue;
    if (method !== "GET") throw methodNotAllowed("GET");
    return handler(store, params, query);
  }
  throw notFound(`no route for ${path}`);
}
