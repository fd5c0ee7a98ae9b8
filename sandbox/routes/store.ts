import type { Dataset } from "../data/generate.js";
import type { Account, Batch, MerchantTransaction, Payout } from "../data/types.js";
import { collection, type Collection } from "../pagination.js";

/** The dataset arranged for serving: lists in order with id → position maps, precomputed once. */
export class Store {
  readonly payouts: Collection<Payout>;
  /** created_at of each payout in ms, by position (fast date filters). */
  readonly payoutCreatedMs: Float64Array;
  readonly batches: Collection<Batch>;
  readonly transactions: Collection<MerchantTransaction>;
  readonly accounts: Collection<Account>;
  private readonly byCurrency = new Map<string, Collection<MerchantTransaction>>();
  private readonly batchPayoutLists = new Map<string, Collection<Payout>>();

  constructor(readonly data: Dataset) {
    this.payouts = collection(data.payouts);
    this.payoutCreatedMs = Float64Array.from(data.payouts, (p) => Date.parse(p.created_at));
    this.batches = collection(data.batches);
    this.transactions = collection(data.transactions);
    this.accounts = collection(data.accounts);
    for (const account of data.accounts) {
      this.byCurrency.set(account.currency, collection(data.transactions.filter((t) => t.account_id === account.id)));
    }
  }

  payout(id: string): Payout | undefined {
    const i = this.payouts.index.get(id);
    return i === undefined ? undefined : this.payouts.items[i];
  }

  batch(id: string): Batch | undefined {
    const i = this.batches.index.get(id);
    return i === undefined ? undefined : this.batches.items[i];
  }

  /** A batch's payouts in file row order (built on first use). */
  batchPayouts(batchId: string): Collection<Payout> | undefined {
    const rows = this.data.batchRows.get(batchId);
    if (!rows) return undefined;
    let list = this.batchPayoutLists.get(batchId);
    if (!list) {
      list = collection(rows.map((id) => this.payout(id)!));
      this.batchPayoutLists.set(batchId, list);
    }
    return list;
  }

  accountTransactions(currency: string): Collection<MerchantTransaction> | undefined {
    return this.byCurrency.get(currency);
  }
}
