import type { BuiltPayout } from "./build-payout.js";
import { makeId } from "./ids.js";
import type { Prng } from "./prng.js";
import type { Account, MerchantTransaction, PayoutStatus, TransactionStatus, TransactionType } from "./types.js";

// The ledger entries a payout leaves in its source-currency account. Only payouts
// that reached processing were debited:
//   at processed_at: payout −source_amount and fee −fee (pending while processing/sent,
//                    then completed), and a hold −buffer_amount on FX payouts;
//   when it settles (completed_at / failed_at): release +buffer_amount;
//   failed and returned: refund +source_amount at failed_at; a returned payout's fee is reversed.
// Every entry's reference is the payout id, so a ledger line leads back to its payout.

export const ANTON = "Anton Payments";
const DEBITED = new Set<PayoutStatus>(["processing", "sent", "completed", "failed", "returned"]);

export function payoutTransactions(rng: Prng, built: readonly BuiltPayout[], accounts: ReadonlyMap<string, Account>): MerchantTransaction[] {
  const out: MerchantTransaction[] = [];
  for (const { payout: p, amounts, life, beneficiaryName } of built) {
    const processedS = life.stamps.processed_at;
    if (!DEBITED.has(p.status) || p.processed_at === undefined || processedS === undefined) continue;
    const account = accounts.get(p.source_currency)!;
    const entry = (type: TransactionType, status: TransactionStatus, amount: string, at: string, atS: number, counterparty: string) => {
      out.push({
        id: makeId("txn_", atS * 1000 + rng.int(1000), rng),
        type,
        status,
        amount,
        currency: p.source_currency,
        created_at: at,
        account_id: account.id,
        reference: p.id,
        counterparty_name: counterparty,
      });
    };
    const inFlight = p.status === "processing" || p.status === "sent";
    const debitStatus: TransactionStatus = inFlight ? "pending" : "completed";
    entry("payout", debitStatus, `-${p.source_amount}`, p.processed_at, processedS, beneficiaryName);
    if (amounts.feeMinor > 0n) entry("fee", p.status === "returned" ? "reversed" : debitStatus, `-${p.fee}`, p.processed_at, processedS, ANTON);
    const settledAt = p.completed_at ?? p.failed_at;
    const settledS = life.stamps.completed_at ?? life.stamps.failed_at;
    if (amounts.bufferMinor > 0n) {
      entry("hold", "completed", `-${p.buffer_amount}`, p.processed_at, processedS, ANTON);
      if (settledAt !== undefined && settledS !== undefined) entry("release", "completed", p.buffer_amount, settledAt, settledS, ANTON);
    }
    if ((p.status === "failed" || p.status === "returned") && p.failed_at !== undefined && life.stamps.failed_at !== undefined) {
      entry("refund", "completed", p.source_amount, p.failed_at, life.stamps.failed_at, beneficiaryName);
    }
  }
  return out;
}
