import { batchPayoutFilterSpec, payoutFilterSpec, transactionFilterSpec } from "@/lib/filters/list-queries";
import type { QuerySpec, QueryValues } from "@/lib/filters/query-spec";

// What an export accepts: the very filters of the list it exports (no limit or cursor:
// an export is every matching row), plus `tz` and `columns`. Pure, so the browser builds
// export URLs with the same specs the route handlers validate them with.

/** `columns=all`: every column the export knows, whatever the table shows. */
export const ALL_COLUMNS = "all";

/**
 * Every payout column, in file order. Keys are Anton's field names, and the payouts table's
 * column ids where it has the column. A table column that shows two fields (an amount and
 * its currency, a method and its network) is two columns here; see `with` in payout-columns.
 */
export const PAYOUT_EXPORT_COLUMNS = [
  "created_at",
  "status",
  "id",
  "beneficiary_id",
  "reference",
  "method",
  "network",
  "source_amount",
  "source_currency",
  "dest_amount",
  "dest_currency",
  "exchange_rate",
  "fee",
  "fee_currency",
  "total_debited",
  "total_debited_currency",
  "batch_id",
  "instrument_id",
  "merchant_id",
  "purpose",
  "fee_bearer",
  "fixed_side",
  "fee_finalized",
  "buffer_amount",
  "buffer_currency",
  "rail_type",
  "rail_provider",
  "rail_reference",
  "wallet_address",
  "tx_hash",
  "failure_reason",
  "cancelled_reason",
  "updated_at",
  "screened_at",
  "approved_at",
  "processed_at",
  "completed_at",
  "failed_at",
  "cancelled_at",
] as const;
export type PayoutExportColumn = (typeof PAYOUT_EXPORT_COLUMNS)[number];

/** The payouts table's default visible columns (their companions follow them in). */
export const PAYOUT_DEFAULT_COLUMNS: readonly PayoutExportColumn[] = [
  "created_at",
  "status",
  "id",
  "beneficiary_id",
  "reference",
  "method",
  "source_amount",
  "dest_amount",
  "exchange_rate",
  "fee",
  "total_debited",
  "batch_id",
];

/** A batch's payouts: the row number in the uploaded file first, always. */
export const BATCH_PAYOUT_EXPORT_COLUMNS = ["row", ...PAYOUT_EXPORT_COLUMNS] as const;
export type BatchPayoutExportColumn = (typeof BATCH_PAYOUT_EXPORT_COLUMNS)[number];
export const BATCH_PAYOUT_DEFAULT_COLUMNS: readonly BatchPayoutExportColumn[] = ["row", ...PAYOUT_DEFAULT_COLUMNS];

export const TRANSACTION_EXPORT_COLUMNS = [
  "created_at",
  "type",
  "status",
  "amount",
  "currency",
  "account_id",
  "reference",
  "counterparty_name",
  "id",
] as const;
export type TransactionExportColumn = (typeof TRANSACTION_EXPORT_COLUMNS)[number];
export const TRANSACTION_DEFAULT_COLUMNS: readonly TransactionExportColumn[] = TRANSACTION_EXPORT_COLUMNS;

function exportSpec<F extends QuerySpec>(filters: F, columns: readonly string[]) {
  return {
    ...filters,
    /** IANA zone name or UTC; checked with Intl by the route (see time-zone.ts). Default UTC. */
    tz: { kind: "text", maxLength: 64 },
    /** Repeated column keys, or `all`; absent means the table's default columns. */
    columns: { kind: "multi", values: [...columns, ALL_COLUMNS] },
  } as const satisfies QuerySpec;
}

export const payoutExportSpec = exportSpec(payoutFilterSpec, PAYOUT_EXPORT_COLUMNS);
export const batchPayoutExportSpec = exportSpec(batchPayoutFilterSpec, BATCH_PAYOUT_EXPORT_COLUMNS);
export const transactionExportSpec = exportSpec(transactionFilterSpec, TRANSACTION_EXPORT_COLUMNS);

export type PayoutExportQuery = QueryValues<typeof payoutExportSpec>;
export type BatchPayoutExportQuery = QueryValues<typeof batchPayoutExportSpec>;
export type TransactionExportQuery = QueryValues<typeof transactionExportSpec>;
