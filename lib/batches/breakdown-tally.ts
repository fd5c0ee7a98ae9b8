import Big from "big.js";
import { PAYOUT_STATUSES } from "@/lib/filters/anton-vocabulary";
import { isAmount, padToScale } from "@/lib/money";

// What a whole batch adds up to, row by row: counts and per-currency sums by status, and
// the rows that need a person's attention grouped by what went wrong. Pure, so the server
// builds it while paging and the browser shares its types. Sums are big.js on the decimal
// strings, one per currency: amounts in different currencies are never added together.

/** The statuses the "needs attention" view and groups cover: stopped, or held for review. */
export const NEEDS_ATTENTION_STATUSES = ["failed", "returned", "screening_failed", "velocity_blocked", "manual_review", "cancelled"] as const;

export interface CurrencyAmount {
  currency: string;
  amount: string;
}

export interface StatusBreakdown {
  /** As Anton sent it: a status this dashboard does not know is kept under its raw value. */
  status: string;
  count: number;
  /** Sum of source_amount per source currency. */
  source_amount: CurrencyAmount[];
  /** Sum of total_debited per debited currency. */
  total_debited: CurrencyAmount[];
}

export interface AttentionGroup {
  status: string;
  /** failure_reason (cancelled_reason for cancelled rows); null when Anton gave none. */
  reason: string | null;
  count: number;
  /** Sum of source_amount per source currency: what these rows were meant to pay out. */
  amount_at_risk: CurrencyAmount[];
}

export interface BatchBreakdown {
  batch_id: string;
  /** Payouts read. */
  rows: number;
  /** True when every row of the batch was read; false when the row bound stopped the walk. */
  complete: boolean;
  /** The most rows one breakdown reads. */
  row_bound: number;
  statuses: StatusBreakdown[];
  totals: { count: number; source_amount: CurrencyAmount[]; total_debited: CurrencyAmount[] };
  needs_attention: AttentionGroup[];
  /** Every group together: how many rows need attention and the amount at risk per currency. */
  needs_attention_totals: { count: number; amount_at_risk: CurrencyAmount[] };
}

/** The fields of a payout the breakdown reads. */
export interface TallyRow {
  status: string;
  source_amount: string;
  source_currency: string;
  total_debited: string;
  total_debited_currency: string;
  failure_reason?: string | undefined;
  cancelled_reason?: string | undefined;
}

class CurrencySums {
  private readonly sums = new Map<string, Big>();

  add(amount: string, currency: string): void {
    if (!isAmount(amount)) return; // the server validated amounts; never let one poison a sum
    this.sums.set(currency, (this.sums.get(currency) ?? new Big(0)).plus(amount));
  }

  list(): CurrencyAmount[] {
    return [...this.sums.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, total]) => ({ currency, amount: padToScale(total.toFixed(), currency) }));
  }
}

interface Bucket {
  count: number;
  source: CurrencySums;
  debited: CurrencySums;
}

const newBucket = (): Bucket => ({ count: 0, source: new CurrencySums(), debited: new CurrencySums() });
const ATTENTION = new Set<string>(NEEDS_ATTENTION_STATUSES);
const STATUS_ORDER = new Map<string, number>(PAYOUT_STATUSES.map((status, index) => [status, index]));

/** Known statuses in lifecycle order, then unknown ones by name. */
function byStatus(a: string, b: string): number {
  const rankA = STATUS_ORDER.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rankB = STATUS_ORDER.get(b) ?? Number.MAX_SAFE_INTEGER;
  return rankA - rankB || a.localeCompare(b);
}

function reasonOf(row: TallyRow): string | null {
  const reason = row.status === "cancelled" ? (row.cancelled_reason ?? row.failure_reason) : (row.failure_reason ?? row.cancelled_reason);
  return reason && reason.trim() !== "" ? reason : null;
}

/** Accumulates rows one at a time (no row is kept), then reports the breakdown. */
export class BreakdownTally {
  rows = 0;
  private readonly all = newBucket();
  private readonly statuses = new Map<string, Bucket>();
  private readonly atRisk = { count: 0, sums: new CurrencySums() };
  private readonly attention = new Map<string, { status: string; reason: string | null; count: number; atRisk: CurrencySums }>();

  add(row: TallyRow): void {
    this.rows += 1;
    const bucket = this.statuses.get(row.status) ?? newBucket();
    this.statuses.set(row.status, bucket);
    for (const target of [bucket, this.all]) {
      target.count += 1;
      target.source.add(row.source_amount, row.source_currency);
      target.debited.add(row.total_debited, row.total_debited_currency);
    }
    if (!ATTENTION.has(row.status)) return;
    const reason = reasonOf(row);
    const key = JSON.stringify([row.status, reason]);
    const group = this.attention.get(key) ?? { status: row.status, reason, count: 0, atRisk: new CurrencySums() };
    this.attention.set(key, group);
    group.count += 1;
    group.atRisk.add(row.source_amount, row.source_currency);
    this.atRisk.count += 1;
    this.atRisk.sums.add(row.source_amount, row.source_currency);
  }

  result(batchId: string, complete: boolean, rowBound: number): BatchBreakdown {
    const statuses = [...this.statuses.entries()]
      .sort(([a], [b]) => byStatus(a, b))
      .map(([status, bucket]) => ({ status, count: bucket.count, source_amount: bucket.source.list(), total_debited: bucket.debited.list() }));
    const needsAttention = [...this.attention.values()]
      .sort((a, b) => byStatus(a.status, b.status) || b.count - a.count || (a.reason ?? "").localeCompare(b.reason ?? ""))
      .map(({ status, reason, count, atRisk }) => ({ status, reason, count, amount_at_risk: atRisk.list() }));
    return {
      batch_id: batchId,
      rows: this.rows,
      complete,
      row_bound: rowBound,
      statuses,
      totals: { count: this.all.count, source_amount: this.all.source.list(), total_debited: this.all.debited.list() },
      needs_attention: needsAttention,
      needs_attention_totals: { count: this.atRisk.count, amount_at_risk: this.atRisk.sums.list() },
    };
  }
}
