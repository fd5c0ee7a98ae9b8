import type { Payout } from "@/lib/api/types";
import { CurrencySums } from "@/lib/money";

/** The totals of the rows loaded so far, and which rows they cover. */
export interface LoadedTotals {
  readonly rows: readonly Payout[];
  readonly source: CurrencySums;
  readonly debited: CurrencySums;
}

/** One currency in the summary bar: how many payouts, their source amounts, their totals debited. */
export interface CurrencyRow {
  currency: string;
  payouts: number;
  source?: string;
  debited?: string;
}

/**
 * The totals of `rows`. When `rows` begins with exactly the rows `previous` summed, which is
 * what a page arriving does, only the new rows are added: a page costs its own hundred rows,
 * not every loaded one (summing 20,000 rows again took about 30 ms each time a page came).
 * Anything else, such as a refresh or other filters, is summed from the first row. `previous`
 * is left as it was.
 */
export function extendTotals(previous: LoadedTotals | undefined, rows: readonly Payout[]): LoadedTotals {
  const base = previous && startsWith(rows, previous.rows) ? previous : undefined;
  const source = new CurrencySums(base?.source);
  const debited = new CurrencySums(base?.debited);
  for (const payout of rows.slice(base?.rows.length ?? 0)) {
    source.add(payout.source_amount, payout.source_currency);
    debited.add(payout.total_debited, payout.total_debited_currency);
  }
  return { rows, source, debited };
}

/** Per currency, never across currencies, sorted by code. A currency may have only one of the two sums. */
export function currencyRows(totals: LoadedTotals): CurrencyRow[] {
  const rows = new Map<string, CurrencyRow>();
  const row = (currency: string): CurrencyRow => {
    const existing = rows.get(currency);
    if (existing) return existing;
    const created: CurrencyRow = { currency, payouts: 0 };
    rows.set(currency, created);
    return created;
  };
  for (const { currency, total, count } of totals.source.totals()) Object.assign(row(currency), { source: total, payouts: count });
  for (const { currency, total } of totals.debited.totals()) row(currency).debited = total;
  return [...rows.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

// Compared by identity: loaded pages keep their objects until a refetch replaces them.
function startsWith<T>(rows: readonly T[], prefix: readonly T[]): boolean {
  if (prefix.length > rows.length) return false;
  for (let index = 0; index < prefix.length; index++) if (rows[index] !== prefix[index]) return false;
  return true;
}
