import { createDataColumnHelper, type DataColumnDef } from "@/components/data-table/data-table-features";
import type { BatchRow } from "@/lib/api/batches";
import { createPayoutColumns } from "../../../payouts/_components/payout-columns";

const helper = createDataColumnHelper<BatchRow>();
const count = new Intl.NumberFormat("en-US");

const rowNumber = helper.accessor("row_number", {
  meta: { label: "#", width: 72, align: "end" },
  cell: ({ getValue }) => <span className="text-gray-500 tabular-nums" data-testid="row-number">{count.format(getValue())}</span>,
});

/**
 * A batch's rows: the file's row number first, then the payout columns of /payouts
 * (one definition for both tables), less the batch column, which would repeat this batch.
 */
export function createBatchPayoutColumns(timeZone: string): DataColumnDef<BatchRow>[] {
  // A payout column reads a Payout; every BatchRow is one, so it reads a BatchRow as well.
  const payoutColumns = createPayoutColumns(timeZone).filter((column) => column.id !== "batch_id" && !("accessorKey" in column && column.accessorKey === "batch_id"));
  return [rowNumber, ...(payoutColumns as DataColumnDef<BatchRow>[])];
}
