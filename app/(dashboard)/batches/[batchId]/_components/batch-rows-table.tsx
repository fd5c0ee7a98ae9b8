"use client";

import type { UseInfiniteQueryResult, InfiniteData } from "@tanstack/react-query";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableEmpty, DataTableNoMatches } from "@/components/data-table/data-table-states";
import type { DataTableInstance } from "@/components/data-table/use-data-table";
import type { BatchRow, BatchRowsPage } from "@/lib/api/batches";
import { listQueryTableProps } from "@/components/data-table/list-query-table-props";

interface BatchRowsTableProps {
  table: DataTableInstance<BatchRow>;
  query: UseInfiniteQueryResult<InfiniteData<BatchRowsPage>>;
  hasFilters: boolean;
  onClearFilters: () => void;
  onOpen: (row: BatchRow) => void;
  openPayoutId: string | undefined;
  listKey: string;
}

/** The generic table, told about a batch's rows: file order, its states and its errors. */
export function BatchRowsTable({ table, query, hasFilters, onClearFilters, onOpen, openPayoutId, listKey }: BatchRowsTableProps) {
  return (
    <DataTable
      table={table}
      label="Batch payouts"
      noun="rows"
      {...listQueryTableProps(query, "the batch's payouts")}
      onRowActivate={onOpen}
      selectedRowId={openPayoutId}
      scrollMemoryKey={listKey}
      emptyState={
        hasFilters ? (
          <DataTableNoMatches noun="rows" onClearFilters={onClearFilters} />
        ) : (
          <DataTableEmpty title="No payouts in this batch yet">Payouts appear here in the file&apos;s row order once the batch is confirmed and processed.</DataTableEmpty>
        )
      }
    />
  );
}
