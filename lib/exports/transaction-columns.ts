import type { MerchantTransaction } from "@/lib/anton";
import { columnList, type ExportColumn } from "./export-columns";
import { TRANSACTION_EXPORT_COLUMNS, type TransactionExportColumn } from "./export-queries";

/** The transactions export's columns: every field Anton sends. Debits are negative amounts. */
export const transactionColumns: ExportColumn<MerchantTransaction, TransactionExportColumn>[] = columnList(TRANSACTION_EXPORT_COLUMNS, {
  created_at: { kind: "timestamp", value: (t) => t.created_at },
  type: { kind: "text", value: (t) => t.type },
  status: { kind: "text", value: (t) => t.status },
  amount: { kind: "amount", value: (t) => t.amount, currency: (t) => t.currency, with: ["currency"] },
  currency: { kind: "text", value: (t) => t.currency },
  account_id: { kind: "id", value: (t) => t.account_id },
  reference: { kind: "text", value: (t) => t.reference },
  counterparty_name: { kind: "text", value: (t) => t.counterparty_name },
  id: { kind: "id", value: (t) => t.id },
});
