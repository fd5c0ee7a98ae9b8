import { TRANSACTION_STATUSES, TRANSACTION_TYPES } from "@/lib/filters/anton-vocabulary";
import { humanizeCode } from "@/lib/payout-status";
import type { StatusTone } from "@/lib/status-tone";

// How finance staff read Anton's transaction codes. Types are grouped by the way money
// usually moves (a reversed fee is a credit, so the amount's sign stays the truth); an FX
// exchange is a debit on one account and a credit on another.

export interface TransactionTypeGroup {
  label: string;
  types: readonly string[];
}

export const TRANSACTION_TYPE_GROUPS: readonly TransactionTypeGroup[] = [
  { label: "Money out", types: ["payout", "fee", "hold"] },
  { label: "Money in", types: ["deposit", "refund", "release"] },
  { label: "Between accounts", types: ["fx_exchange"] },
];

const TYPE_LABELS: Record<string, string> = {
  payout: "Payout",
  fee: "Fee",
  hold: "Reserve hold",
  deposit: "Deposit",
  refund: "Refund",
  release: "Reserve release",
  fx_exchange: "FX exchange",
};

const KNOWN_TYPES: readonly string[] = TRANSACTION_TYPES;
const KNOWN_STATUSES: readonly string[] = TRANSACTION_STATUSES;

export function isKnownTransactionType(type: string): boolean {
  return KNOWN_TYPES.includes(type);
}

export function isKnownTransactionStatus(status: string): boolean {
  return KNOWN_STATUSES.includes(status);
}

/** A known type by its name; one Anton adds later exactly as sent. */
export function transactionTypeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type;
}

/** A known status humanised; one Anton adds later exactly as sent. */
export function transactionStatusLabel(status: string): string {
  return isKnownTransactionStatus(status) ? humanizeCode(status) : status;
}

const STATUS_TONES: Record<string, StatusTone> = {
  pending: "progress",
  completed: "done",
  failed: "stopped",
  reversed: "stopped",
};

/** pending moves on its own; completed stands; failed and reversed never counted. Unknown: neutral. */
export function transactionStatusTone(status: string): StatusTone {
  return STATUS_TONES[status] ?? "neutral";
}
