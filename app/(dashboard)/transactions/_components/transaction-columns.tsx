import { createDataColumnHelper, type DataColumnDef } from "@/components/data-table/data-table-features";
import { CopyButton } from "@/components/ui/copy-button";
import { IdText, MONO_TEXT } from "@/components/ui/id-text";
import { Timestamp } from "@/components/ui/timestamp";
import type { MerchantTransaction } from "@/lib/api/transactions";
import { isKnownTransactionType, transactionTypeLabel } from "@/lib/transaction-labels";
import { TransactionAmount } from "./transaction-amount";
import { TransactionReference } from "./transaction-reference";
import { TransactionStatusBadge } from "./transaction-status-badge";

const helper = createDataColumnHelper<MerchantTransaction>();


/** The transactions table's columns; the created column shows times in `timeZone`. */
export function createTransactionColumns(timeZone: string): DataColumnDef<MerchantTransaction>[] {
  return helper.columns([
    helper.accessor("created_at", {
      meta: { label: "Created", width: 172 },
      cell: ({ getValue }) => <Timestamp iso={getValue()} timeZone={timeZone} />,
    }),
    helper.accessor("type", {
      meta: { label: "Type", width: 140, cutToFit: true },
      cell: ({ getValue }) => {
        const type = getValue();
        const known = isKnownTransactionType(type);
        return (
          <span className={known ? "text-gray-900" : MONO_TEXT} title={known ? undefined : "A type this dashboard does not know yet"}>
            {transactionTypeLabel(type)}
          </span>
        );
      },
    }),
    helper.accessor("status", {
      meta: { label: "Status", width: 120 },
      cell: ({ getValue }) => <TransactionStatusBadge status={getValue()} />,
    }),
    helper.accessor("amount", {
      meta: { label: "Amount", width: 150, align: "end", cutToFit: true },
      cell: ({ row }) => <TransactionAmount amount={row.original.amount} currency={row.original.currency} />,
    }),
    helper.accessor("currency", { meta: { label: "Currency", width: 84, cellClassName: "text-xs font-medium text-gray-600" } }),
    helper.accessor("account_id", { meta: { label: "Account", width: 230, cellClassName: MONO_TEXT, titleFromValue: true } }),
    helper.accessor("reference", {
      meta: { label: "Reference", width: 250 },
      cell: ({ getValue }) => <TransactionReference reference={getValue()} />,
    }),
    helper.accessor("counterparty_name", { meta: { label: "Counterparty", width: 190, cellClassName: "text-gray-800", titleFromValue: true } }),
    helper.accessor("id", {
      meta: { label: "Transaction ID", width: 270, hiddenByDefault: true, cellClassName: "flex items-center gap-1" },
      cell: ({ getValue }) => (
        <>
          <IdText id={getValue()} />
          <CopyButton value={getValue()} label="transaction ID" />
        </>
      ),
    }),
  ]);
}
