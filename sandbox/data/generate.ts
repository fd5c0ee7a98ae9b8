import { generateBatches } from "./generate-batches.js";
import { generateSinglePayouts } from "./generate-payouts.js";
import { formatBalance, sumBalances, ZERO_BALANCE } from "./balances.js";
import { ACCOUNT_CURRENCIES } from "./currencies.js";
import { isoSeconds, makeId } from "./ids.js";
import { generateBeneficiaries } from "./parties.js";
import { payoutTransactions } from "./payout-transactions.js";
import { Prng } from "./prng.js";
import { treasuryTransactions } from "./treasury-transactions.js";
import type { Account, Balance, Batch, MerchantTransaction, Payout } from "./types.js";

export type { Account, Balance, Batch, MerchantTransaction, Payout } from "./types.js";

export interface Dataset {
  /** Newest first (created_at desc, then id desc). */
  payouts: Payout[];
  /** Newest first. */
  batches: Batch[];
  /** Batch id → payout ids in the uploaded file's row order. */
  batchRows: Map<string, string[]>;
  /** Newest first. */
  transactions: MerchantTransaction[];
  accounts: Account[];
  balances: Balance[];
  merchantId: string;
}

/** Payouts made one by one: at least this many, and enough for 21,000 payouts in all. */
const MIN_SINGLE_PAYOUTS = 13_000;
const MIN_PAYOUTS = 21_000;
const BENEFICIARIES = 700;

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Milliseconds in the time prefix of a generated id ("pay_" + 10 time characters). */
function idTime(id: string): number {
  const start = id.indexOf("_") + 1;
  let t = 0;
  for (let i = start; i < start + 10; i++) t = t * 32 + CROCKFORD.indexOf(id[i]!);
  return t;
}

/**
 * Sorts newest first by created_at, then id (both descending). Every generated id
 * carries its created_at, to the millisecond, in its time prefix, so the order is
 * the id order; sorting on the decoded time first keeps 100k-row sorts fast.
 */
export function sortNewestFirst<T extends { id: string }>(items: T[]): T[] {
  const keyed = items.map((item) => ({ t: idTime(item.id), item }));
  keyed.sort((a, b) => b.t - a.t || (a.item.id < b.item.id ? 1 : a.item.id > b.item.id ? -1 : 0));
  for (let i = 0; i < keyed.length; i++) items[i] = keyed[i]!.item;
  return items;
}

/** Eighteen calendar months before `now`. */
export function periodStart(now: number): number {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - 18);
  return d.getTime();
}

/** The whole data set, a pure function of seed and now (Unix ms). */
export function generateDataset(seed: string, now: number): Dataset {
  const nowS = Math.floor(now / 1000);
  const startS = Math.ceil(periodStart(now) / 1000) + 86_400;
  const merchantRng = new Prng(seed, "merchant");
  const merchantId = makeId("mer_", (startS - 400 * 86_400) * 1000, merchantRng);
  const beneficiaries = generateBeneficiaries(new Prng(seed, "beneficiaries"), BENEFICIARIES, startS * 1000);
  const ctx = { merchantId, beneficiaries, startS, nowS };

  const fromBatches = generateBatches(new Prng(seed, "batches"), ctx, startS);
  const singleCount = Math.max(MIN_SINGLE_PAYOUTS, MIN_PAYOUTS - fromBatches.payouts.length);
  const single = generateSinglePayouts(new Prng(seed, "payouts"), ctx, singleCount);
  const built = [...single, ...fromBatches.payouts];

  const accounts: Account[] = ACCOUNT_CURRENCIES.map((code) => {
    const ms = (startS - 120 * 86_400) * 1000 + merchantRng.int(86_400_000);
    return { id: makeId("acc_", ms, merchantRng), merchant_id: merchantId, currency: code, name: `${code} funding account`, status: "active", created_at: isoSeconds(ms) };
  });
  const byCurrency = new Map(accounts.map((a) => [a.currency, a]));
  const ledger = payoutTransactions(new Prng(seed, "payout-transactions"), built, byCurrency);
  const treasury = treasuryTransactions(new Prng(seed, "treasury"), accounts, startS, nowS, ledger);
  const transactions = sortNewestFirst([...ledger, ...treasury]);

  const sums = sumBalances(transactions);
  const balances: Balance[] = accounts.map((account) => ({
    id: `bal_${account.id.slice(4)}`,
    merchant_id: merchantId,
    currency: account.currency,
    ...formatBalance(sums.get(account.currency) ?? ZERO_BALANCE, account.currency),
    // Newest first: the first transaction of the account is its latest movement.
    updated_at: transactions.find((t) => t.account_id === account.id)?.created_at ?? account.created_at,
  }));

  return {
    payouts: sortNewestFirst(built.map((b) => b.payout)),
    batches: sortNewestFirst(fromBatches.batches),
    batchRows: fromBatches.batchRows,
    transactions,
    accounts: sortNewestFirst(accounts),
    balances,
    merchantId,
  };
}
