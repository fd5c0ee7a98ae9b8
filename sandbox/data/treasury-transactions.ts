import { sumBalances, type BalanceSums } from "./balances.js";
import { currency } from "./currencies.js";
import { isoSeconds, makeId } from "./ids.js";
import { formatMinor, fromUsdCents } from "./money.js";
import { ANTON } from "./payout-transactions.js";
import type { Prng } from "./prng.js";
import { AWKWARD_REFERENCES, DEPOSITORS } from "./references.js";
import type { Account, MerchantTransaction, TransactionStatus, TransactionType } from "./types.js";

// Account activity not caused by a payout: FX exchanges between the merchant's
// accounts, a rolling reserve (hold, released 30 days later), a monthly platform fee,
// and deposits sized so that every account ends with a healthy available balance.

const DAY = 86_400;

function minorOf(rng: Prng, code: string, minUsd: number, maxUsd: number): bigint {
  const c = currency(code);
  return fromUsdCents(BigInt(Math.floor(rng.logUniform(minUsd, maxUsd) * 100)), c.perUsdScaled, c.scale) || 1n;
}

export function treasuryTransactions(rng: Prng, accounts: readonly Account[], startS: number, nowS: number, ledger: readonly MerchantTransaction[]): MerchantTransaction[] {
  const out: MerchantTransaction[] = [];
  const add = (account: Account, type: TransactionType, status: TransactionStatus, minor: bigint, atS: number, reference: string, counterparty: string) => {
    out.push({
      id: makeId("txn_", atS * 1000 + rng.int(1000), rng),
      type, status, amount: formatMinor(minor, currency(account.currency).scale), currency: account.currency,
      created_at: isoSeconds(atS * 1000), account_id: account.id, reference, counterparty_name: counterparty,
    });
  };

  for (let t = startS + rng.int(4 * DAY); t < nowS; t += rng.range(2 * DAY, 6 * DAY)) {
    const [from, to] = rng.shuffle([...accounts]);
    const usdCents = BigInt(Math.floor(rng.logUniform(5_000, 200_000) * 100));
    const status: TransactionStatus = nowS - t < 3600 ? "pending" : "completed";
    const reference = `FX ${from!.currency}/${to!.currency} ${isoSeconds(t * 1000).slice(0, 10)}`;
    for (const [account, sign] of [[from!, -1n], [to!, 1n]] as const) {
      const c = currency(account.currency);
      add(account, "fx_exchange", status, sign * (fromUsdCents(usdCents, c.perUsdScaled, c.scale) || 1n), t, reference, "Anton FX desk");
    }
  }

  for (const account of accounts) {
    for (let t = startS + rng.int(10 * DAY); t < nowS; t += 30 * DAY) {
      const minor = minorOf(rng, account.currency, 2_000, 20_000);
      add(account, "hold", "completed", -minor, t, `Rolling reserve ${isoSeconds(t * 1000).slice(0, 7)}`, ANTON);
      if (t + 30 * DAY <= nowS) add(account, "release", "completed", minor, t + 30 * DAY, `Rolling reserve ${isoSeconds(t * 1000).slice(0, 7)}`, ANTON);
    }
    for (let t = startS + DAY; t < nowS; t += 30 * DAY) {
      add(account, "fee", "completed", -minorOf(rng, account.currency, 49, 150), t, `Platform fee ${isoSeconds(t * 1000).slice(0, 7)}`, ANTON);
    }
  }

  const sums = sumBalances([...ledger, ...out]);
  for (const account of accounts) addDeposits(rng, account, startS, nowS, sums.get(account.currency), add);
  return out;
}

type Add = (account: Account, type: TransactionType, status: TransactionStatus, minor: bigint, atS: number, reference: string, counterparty: string) => void;

function addDeposits(rng: Prng, account: Account, startS: number, nowS: number, sums: BalanceSums | undefined, add: Add): void {
  const available = sums?.available ?? 0n;
  const cushion = minorOf(rng, account.currency, 40_000, 90_000) + (available < 0n ? -available / 8n : 0n);
  const needed = (available < 0n ? -available : 0n) + cushion;
  const count = Math.max(6, Math.floor((nowS - startS) / (5 * DAY)));
  const times = Array.from({ length: count }, () => startS + rng.int(nowS - startS - 2 * DAY)).sort((a, b) => a - b);
  const weights = times.map((t) => BigInt(1 + rng.int(100) + Math.floor((100 * (t - startS)) / (nowS - startS))));
  const weightSum = weights.reduce((a, b) => a + b, 0n);
  let given = 0n;
  const reference = () => (rng.chance(0.05) ? rng.pick(AWKWARD_REFERENCES) : `Funding ${account.currency}, ref DEP-${rng.range(100000, 999999)}`);
  times.forEach((t, i) => {
    const minor = i === times.length - 1 ? needed - given : (needed * weights[i]!) / weightSum;
    given += minor;
    add(account, "deposit", "completed", minor, t, reference(), rng.pick(DEPOSITORS));
  });
  // A few deposits that never counted, and some still arriving.
  for (const status of ["failed", "failed", "reversed", "reversed"] as const) {
    add(account, "deposit", status, minorOf(rng, account.currency, 1_000, 50_000), startS + rng.int(nowS - startS), reference(), rng.pick(DEPOSITORS));
  }
  for (let k = 0; k < 2; k++) add(account, "deposit", "pending", minorOf(rng, account.currency, 1_000, 50_000), nowS - rng.int(2 * DAY), reference(), rng.pick(DEPOSITORS));
}
