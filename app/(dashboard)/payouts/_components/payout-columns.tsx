import Link from "next/link";
import { createDataColumnHelper, type DataColumnDef } from "@/components/data-table/data-table-features";
import { CopyButton } from "@/components/ui/copy-button";
import { IdText, MONO_TEXT } from "@/components/ui/id-text";
import { Timestamp } from "@/components/ui/timestamp";
import { Money } from "@/components/ui/money";
import type { Payout } from "@/lib/api/types";
import { methodLabel } from "@/lib/payout-labels";
import { PayoutStatusBadge } from "./payout-status-badge";

const helper = createDataColumnHelper<Payout>();

const idCell = "flex items-center gap-1";

/** The payouts table's columns; the created column shows times in `timeZone`. */
export function createPayoutColumns(timeZone: string): DataColumnDef<Payout>[] {
  return helper.columns([
    helper.accessor("created_at", {
      meta: { label: "Created", width: 172 },
      cell: ({ getValue }) => <Timestamp iso={getValue()} timeZone={timeZone} />,
    }),
    helper.accessor("status", {
      meta: { label: "Status", width: 184 },
      cell: ({ getValue }) => <PayoutStatusBadge status={getValue()} />,
    }),
    helper.accessor("id", {
      meta: { label: "Payout ID", width: 270, cellClassName: idCell },
      cell: ({ getValue }) => (
        <>
          <IdText id={getValue()} />
          <CopyButton value={getValue()} label="payout ID" />
        </>
      ),
    }),
    // Plain values that may not fit: the cell shows the value itself, cut to fit, and whole as a tooltip.
    helper.accessor("beneficiary_id", { meta: { label: "Beneficiary", width: 150, cellClassName: MONO_TEXT, titleFromValue: true } }),
    helper.accessor("reference", { meta: { label: "Reference", width: 170, titleFromValue: true } }),
    helper.accessor((row) => (row.network ? `${methodLabel(row.method)} · ${row.network}` : methodLabel(row.method)), {
      id: "method",
      meta: { label: "Method / network", width: 150, cellClassName: "text-gray-700", titleFromValue: true },
    }),
    helper.accessor("source_amount", {
      meta: { label: "Source amount", width: 168, align: "end", cutToFit: true },
      cell: ({ row }) => <Money amount={row.original.source_amount} currency={row.original.source_currency} />,
    }),
    helper.accessor("dest_amount", {
      meta: { label: "Destination amount", width: 176, align: "end", cutToFit: true },
      cell: ({ row }) => <Money amount={row.original.dest_amount} currency={row.original.dest_currency} />,
    }),
    helper.accessor((row) => (row.exchange_rate === undefined ? undefined : String(row.exchange_rate)), {
      id: "exchange_rate",
      meta: { label: "FX rate", width: 128, align: "end", cellClassName: "text-gray-700", titleFromValue: true },
      cell: ({ getValue }) => getValue() ?? <span className="text-gray-500">—</span>,
    }),
    helper.accessor("fee", {
      meta: { label: "Fee", width: 120, align: "end", cutToFit: true },
      cell: ({ row }) => <Money amount={row.original.fee} currency={row.original.fee_currency} />,
    }),
    helper.accessor("total_debited", {
      meta: { label: "Total debited", width: 168, align: "end", cutToFit: true },
      cell: ({ row }) => <Money amount={row.original.total_debited} currency={row.original.total_debited_currency} className="font-medium" />,
    }),
    helper.accessor("batch_id", {
      meta: { label: "Batch", width: 130 },
      cell: ({ row }) => {
        const { batch_id: batchId, id } = row.original;
        if (!batchId) return <span className="text-gray-500">—</span>;
        return (
          <Link href={`/batches/${batchId}?payout=${id}`} prefetch={false} title={batchId} className={`${MONO_TEXT} block truncate text-brand hover:underline`}>
            {batchId}
          </Link>
        );
      },
    }),
  ]);
}
