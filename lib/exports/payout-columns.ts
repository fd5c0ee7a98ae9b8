import type { Payout } from "@/lib/anton";
import type { BatchRow } from "@/lib/batches/batch-rows";
import { columnList, type ColumnDefinitions, type ExportColumn } from "./export-columns";
import { BATCH_PAYOUT_EXPORT_COLUMNS, PAYOUT_EXPORT_COLUMNS, type BatchPayoutExportColumn, type PayoutExportColumn } from "./export-queries";

// The payouts export's columns. Every field of a payout but `metadata` (free-form JSON that
// has no place in a cell); optional fields Anton omitted are empty cells.

const text = (field: keyof Payout) => ({ kind: "text" as const, value: (p: Payout) => p[field] as string | undefined });
const id = (field: keyof Payout) => ({ kind: "id" as const, value: (p: Payout) => p[field] as string | undefined });
const time = (field: keyof Payout) => ({ kind: "timestamp" as const, value: (p: Payout) => p[field] as string | undefined });

const definitions: ColumnDefinitions<Payout, PayoutExportColumn> = {
  created_at: time("created_at"),
  status: text("status"),
  id: id("id"),
  beneficiary_id: id("beneficiary_id"),
  reference: text("reference"),
  method: { ...text("method"), with: ["network"] },
  network: text("network"),
  source_amount: { kind: "amount", value: (p) => p.source_amount, currency: (p) => p.source_currency, with: ["source_currency"] },
  source_currency: text("source_currency"),
  dest_amount: { kind: "amount", value: (p) => p.dest_amount, currency: (p) => p.dest_currency, with: ["dest_currency"] },
  dest_currency: text("dest_currency"),
  // A rate, not money: written as a number, never totalled.
  exchange_rate: { kind: "amount", value: (p) => p.exchange_rate },
  fee: { kind: "amount", value: (p) => p.fee, currency: (p) => p.fee_currency, with: ["fee_currency"] },
  fee_currency: text("fee_currency"),
  total_debited: { kind: "amount", value: (p) => p.total_debited, currency: (p) => p.total_debited_currency, with: ["total_debited_currency"] },
  total_debited_currency: text("total_debited_currency"),
  batch_id: id("batch_id"),
  instrument_id: id("instrument_id"),
  merchant_id: id("merchant_id"),
  purpose: text("purpose"),
  fee_bearer: text("fee_bearer"),
  fixed_side: text("fixed_side"),
  fee_finalized: { kind: "text", value: (p) => p.fee_finalized },
  buffer_amount: { kind: "amount", value: (p) => p.buffer_amount, currency: (p) => p.buffer_currency, with: ["buffer_currency"] },
  buffer_currency: text("buffer_currency"),
  rail_type: text("rail_type"),
  rail_provider: text("rail_provider"),
  rail_reference: text("rail_reference"),
  wallet_address: text("wallet_address"),
  tx_hash: text("tx_hash"),
  failure_reason: text("failure_reason"),
  cancelled_reason: text("cancelled_reason"),
  updated_at: time("updated_at"),
  screened_at: time("screened_at"),
  approved_at: time("approved_at"),
  processed_at: time("processed_at"),
  completed_at: time("completed_at"),
  failed_at: time("failed_at"),
  cancelled_at: time("cancelled_at"),
};

export const payoutColumns: ExportColumn<Payout, PayoutExportColumn>[] = columnList(PAYOUT_EXPORT_COLUMNS, definitions);

/** A batch's payouts: the 1-based row number in the uploaded file (kept when filtered), then the payout. */
export const batchPayoutColumns: ExportColumn<BatchRow, BatchPayoutExportColumn>[] = columnList(BATCH_PAYOUT_EXPORT_COLUMNS, {
  row: { kind: "id", value: (payout: BatchRow) => payout.row_number, pinned: true },
  ...definitions,
});
