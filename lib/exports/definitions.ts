import "server-only";
import type { MerchantTransaction, Payout } from "@/lib/anton";
import { ID_PATTERNS } from "@/lib/filters/anton-vocabulary";
import { listBatchRows, type BatchRow } from "@/lib/batches/batch-rows";
import { batchPayoutFilterSpec, payoutFilterSpec, transactionFilterSpec } from "@/lib/filters/list-queries";
import { pathParam } from "@/lib/http/data-route";
import { listFilteredTransactions } from "@/lib/transactions/filtered-transactions";
import type { ExportDefinition } from "./export-route";
import {
  BATCH_PAYOUT_DEFAULT_COLUMNS,
  batchPayoutExportSpec,
  PAYOUT_DEFAULT_COLUMNS,
  payoutExportSpec,
  TRANSACTION_DEFAULT_COLUMNS,
  transactionExportSpec,
} from "./export-queries";
import { cursorPager } from "./pager";
import { batchPayoutColumns, payoutColumns } from "./payout-columns";
import { transactionColumns } from "./transaction-columns";

/** Anton's largest page: the fewest round trips. */
const PAGE_SIZE = 100;

/** GET /api/exports/payouts.csv: what /api/payouts lists for the same filters, in its order. */
export const payoutsExport: ExportDefinition<typeof payoutFilterSpec, Payout, unknown> = {
  name: "payouts",
  filterSpec: payoutFilterSpec,
  spec: payoutExportSpec,
  columns: payoutColumns,
  defaultColumns: PAYOUT_DEFAULT_COLUMNS,
  fileName: (_params, day) => `payouts-${day}`,
  open: async (anton, filters) => ({
    pager: cursorPager((cursor, signal) => anton.listPayouts({ ...filters, limit: PAGE_SIZE, cursor }, { signal })),
  }),
};

/** GET /api/exports/batches/{id}/payouts.csv: what /api/batches/{id}/payouts lists for the same filters, in file row order. */
export const batchPayoutsExport: ExportDefinition<typeof batchPayoutFilterSpec, BatchRow, { id: string }> = {
  name: "batch payouts",
  filterSpec: batchPayoutFilterSpec,
  spec: batchPayoutExportSpec,
  columns: batchPayoutColumns,
  defaultColumns: BATCH_PAYOUT_DEFAULT_COLUMNS,
  fileName: ({ id }, day) => `${id}-payouts-${day}`,
  open: async (anton, filters, params, signal) => {
    const id = pathParam(params.id, ID_PATTERNS.batch, "id", "bat_01HX…");
    // The batch itself first: an unknown batch is a plain 404, and the summary names its file.
    const batch = await anton.getBatch(id, { signal });
    return {
      pager: cursorPager((cursor, pageSignal) => listBatchRows(anton, id, { ...filters, limit: PAGE_SIZE, cursor }, { signal: pageSignal })),
      subject: [
        ["batch", batch.id, batch.file_name],
        ["batch_total_rows", String(batch.total_rows)],
      ],
    };
  },
};

/** GET /api/exports/transactions.csv: our server-side filtered transactions, as /api/transactions lists them. */
export const transactionsExport: ExportDefinition<typeof transactionFilterSpec, MerchantTransaction, unknown> = {
  name: "transactions",
  filterSpec: transactionFilterSpec,
  spec: transactionExportSpec,
  columns: transactionColumns,
  defaultColumns: TRANSACTION_DEFAULT_COLUMNS,
  fileName: (_params, day) => `transactions-${day}`,
  open: async (anton, filters) => ({
    pager: cursorPager((cursor, signal) => listFilteredTransactions(anton, { ...filters, limit: PAGE_SIZE, cursor }, { signal })),
  }),
};
