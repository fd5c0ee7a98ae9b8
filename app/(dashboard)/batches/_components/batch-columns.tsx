import Link from "next/link";
import { createDataColumnHelper, type DataColumnDef } from "@/components/data-table/data-table-features";
import { CopyButton } from "@/components/ui/copy-button";
import { IdText } from "@/components/ui/id-text";
import { Timestamp } from "@/components/ui/timestamp";
import type { Batch } from "@/lib/api/batches";
import type { CurrencyAmount } from "@/lib/batches/breakdown-tally";
import { formatMoney } from "@/lib/money";
import { BatchStatusBadge } from "./batch-status-badge";
import { MoneyList } from "./money-list";

const helper = createDataColumnHelper<Batch>();
const count = new Intl.NumberFormat("en-US");

function Count({ value, muted = false }: { value: number; muted?: boolean }) {
  return <span className={muted && value === 0 ? "text-gray-500" : "text-gray-900"}>{count.format(value)}</span>;
}

/** The batches table's columns; the uploaded column shows times in `timeZone`, UTC on hover. */
export function createBatchColumns(timeZone: string): DataColumnDef<Batch>[] {
  return helper.columns([
    helper.accessor("file_name", {
      meta: { label: "File", width: 260 },
      cell: ({ row }) => (
        <Link href={`/batches/${row.original.id}`} title={row.original.file_name} className="block truncate font-medium text-brand hover:underline">
          {row.original.file_name}
        </Link>
      ),
    }),
    helper.accessor("status", {
      meta: { label: "Status", width: 150 },
      cell: ({ getValue }) => <BatchStatusBadge status={getValue()} />,
    }),
    helper.accessor("created_at", {
      meta: { label: "Uploaded", width: 172 },
      cell: ({ getValue }) => <Timestamp iso={getValue()} timeZone={timeZone} />,
    }),
    helper.accessor("total_rows", { meta: { label: "Rows", width: 84, align: "end" }, cell: ({ getValue }) => <Count value={getValue()} /> }),
    helper.accessor("valid_rows", { meta: { label: "Valid", width: 84, align: "end" }, cell: ({ getValue }) => <Count value={getValue()} muted /> }),
    helper.accessor("invalid_rows", {
      meta: { label: "Invalid", width: 84, align: "end" },
      cell: ({ getValue }) => <span className={getValue() > 0 ? "font-medium text-status-stopped" : "text-gray-500"}>{count.format(getValue())}</span>,
    }),
    helper.accessor("processed_rows", { meta: { label: "Processed", width: 96, align: "end" }, cell: ({ getValue }) => <Count value={getValue()} muted /> }),
    helper.accessor((batch): CurrencyAmount[] | undefined => batch.summary?.estimated_debits, {
      id: "estimated_debits",
      meta: { label: "Estimated debits", width: 190, align: "end", cutToFit: true },
      cell: ({ getValue }) => {
        const debits: CurrencyAmount[] | undefined = getValue();
        return (
          <span title={debits?.map((d: CurrencyAmount) => formatMoney(d.amount, d.currency)).join(" · ")}>
            <MoneyList amounts={debits} layout="inline" />
          </span>
        );
      },
    }),
    helper.accessor("id", {
      meta: { label: "Batch ID", width: 270, cellClassName: "flex items-center gap-1" },
      cell: ({ getValue }) => (
        <>
          <IdText id={getValue()} />
          <CopyButton value={getValue()} label="batch ID" />
        </>
      ),
    }),
    helper.accessor("uploaded_by", { meta: { label: "Uploaded by", width: 200, hiddenByDefault: true, cellClassName: "text-gray-700", titleFromValue: true } }),
  ]);
}
