import { describe, expect, it } from "vitest";
import type { Payout } from "@/lib/api/types";
import { totalsByCurrency } from "@/lib/money";
import { currencyRows, extendTotals } from "../loaded-totals";

const CURRENCIES = ["USD", "EUR", "JPY", "BHD"] as const;

/** Only the fields the totals read; amounts at each currency's scale, some with more digits. */
function payout(index: number): Payout {
  const currency = CURRENCIES[index % CURRENCIES.length];
  const debitedIn = index % 7 === 0 ? "GBP" : currency;
  return {
    id: `pay_${index}`,
    source_amount: `${index * 13}.${String(index % 100).padStart(2, "0")}`,
    source_currency: currency,
    total_debited: `${index * 13 + 1}.${String((index * 7) % 1000).padStart(3, "0")}`,
    total_debited_currency: debitedIn,
  } as Payout;
}

const pageOf = (from: number, size: number) => Array.from({ length: size }, (_, offset) => payout(from + offset));

/** The rows summed from scratch, the way the summary bar must read. */
function expected(rows: readonly Payout[]) {
  const source = totalsByCurrency(rows, (p) => p.source_amount, (p) => p.source_currency);
  const debited = totalsByCurrency(rows, (p) => p.total_debited, (p) => p.total_debited_currency);
  const currencies = [...new Set([...source, ...debited].map((t) => t.currency))].sort((a, b) => a.localeCompare(b));
  return currencies.map((currency) => ({
    currency,
    payouts: source.find((t) => t.currency === currency)?.count ?? 0,
    ...(source.some((t) => t.currency === currency) && { source: source.find((t) => t.currency === currency)?.total }),
    ...(debited.some((t) => t.currency === currency) && { debited: debited.find((t) => t.currency === currency)?.total }),
  }));
}

/** Rows whose amounts count how often they are read. */
function counted(rows: readonly Payout[]) {
  let reads = 0;
  const watched = rows.map((row) => {
    const copy = { ...row };
    Object.defineProperty(copy, "source_amount", { get: () => (reads++, row.source_amount) });
    return copy;
  });
  return { watched, reads: () => reads };
}

describe("totals over loaded payouts", () => {
  it("adds a page to the totals and matches summing every row again, digit for digit", () => {
    let rows: Payout[] = [];
    let totals = extendTotals(undefined, rows);
    expect(currencyRows(totals)).toEqual([]);
    for (let page = 0; page < 5; page++) {
      rows = [...rows, ...pageOf(page * 100, 100)];
      totals = extendTotals(totals, rows);
      expect(currencyRows(totals)).toEqual(expected(rows));
    }
    // Debited in GBP, sourced in another currency: a row with a debit total and no payouts.
    const gbp = currencyRows(totals).find((row) => row.currency === "GBP");
    expect(gbp?.payouts).toBe(0);
    expect(gbp?.source).toBeUndefined();
    expect(gbp?.debited).toMatch(/^\d+\.\d{2,}$/);
  });

  it("reads only the new page's rows when the loaded rows begin with the ones already summed", () => {
    const { watched, reads } = counted(pageOf(0, 300));
    const first = extendTotals(undefined, watched.slice(0, 200));
    expect(reads()).toBe(200);
    extendTotals(first, watched);
    expect(reads()).toBe(300);
  });

  it("sums from the first row when the rows are not the ones summed before (a refresh, other filters)", () => {
    const before = pageOf(0, 200);
    const totals = extendTotals(undefined, before);
    const refreshed = before.map((row, index) => (index === 0 ? { ...row, source_amount: "1000000.00" } : row));
    expect(currencyRows(extendTotals(totals, refreshed))).toEqual(expected(refreshed));
    const fewer = before.slice(0, 50);
    expect(currencyRows(extendTotals(totals, fewer))).toEqual(expected(fewer));
  });

  it("leaves the totals it extends as they were", () => {
    const rows = pageOf(0, 100);
    const totals = extendTotals(undefined, rows);
    const snapshot = currencyRows(totals);
    extendTotals(totals, [...rows, ...pageOf(100, 100)]);
    expect(currencyRows(totals)).toEqual(snapshot);
  });
});
