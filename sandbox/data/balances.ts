import { currency } from "./currencies.js";
import { formatMinor } from "./money.js";
import type { MerchantTransaction } from "./types.js";

// Balance rule (per account currency), from the account's transactions:
//   total     = Σ completed amounts of every type except hold and release
//   held      = −Σ completed hold and release amounts (funds still on hold, ≥ 0)
//   pending   = Σ pending amounts (signed: a pending payout makes it negative)
//   available = total − held + Σ pending debits (money already promised is not spendable;
//               pending credits are not spendable yet)
// failed and reversed transactions count nowhere.

export interface BalanceSums {
  total: bigint;
  held: bigint;
  pending: bigint;
  pendingDebits: bigint;
  available: bigint;
}

/** Balance sums for every currency, in one pass over the transactions. */
export function sumBalances(transactions: Iterable<MerchantTransaction>): Map<string, BalanceSums> {
  const acc = new Map<string, { scale: number; total: bigint; holds: bigint; pending: bigint; pendingDebits: bigint }>();
  for (const t of transactions) {
    if (t.status !== "completed" && t.status !== "pending") continue;
    let a = acc.get(t.currency);
    if (!a) acc.set(t.currency, (a = { scale: currency(t.currency).scale, total: 0n, holds: 0n, pending: 0n, pendingDebits: 0n }));
    const minor = BigInt(a.scale === 0 ? t.amount : t.amount.replace(".", ""));
    if (t.status === "completed") {
      if (t.type === "hold" || t.type === "release") a.holds += minor;
      else a.total += minor;
    } else {
      a.pending += minor;
      if (minor < 0n) a.pendingDebits += minor;
    }
  }
  const out = new Map<string, BalanceSums>();
  for (const [code, a] of acc) {
    const held = -a.holds;
    out.set(code, { total: a.total, held, pending: a.pending, pendingDebits: a.pendingDebits, available: a.total - held + a.pendingDebits });
  }
  return out;
}

export const ZERO_BALANCE: BalanceSums = { total: 0n, held: 0n, pending: 0n, pendingDebits: 0n, available: 0n };

export function formatBalance(sums: BalanceSums, code: string): { available: string; pending: string; total: string } {
  const scale = currency(code).scale;
  return { available: formatMinor(sums.available, scale), pending: formatMinor(sums.pending, scale), total: formatMinor(sums.total, scale) };
}
