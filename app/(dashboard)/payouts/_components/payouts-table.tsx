"use client";

import { DataTable } from "@/components/data-table/data-table";
import { DataTableEmpty, DataTableNoMatches } from "@/components/data-table/data-table-states";
import { listQueryTableProps } from "@/components/data-table/list-query-table-props";
import type { DataTableInstance } from "@/components/data-table/use-data-table";
import type { usePayouts } from "@/lib/api/payouts";
import type { Payout } from "@/lib/api/types";

interface PayoutsTableProps {
  table: DataTableInstance<Payout>;
  query: ReturnType<typeof usePayouts>;
  hasFilters: boolean;
  onClearFilters: () => void;
  onOpen: (payout: Payout) => void;
  openPayoutId: string | undefined;
  listKey: string;
}

/** The generic table, told about payouts: its states, its errors, its empty account. */
export function PayoutsTable({ table, query, hasFilters, onClearFilters, onOpen, openPayoutId, listKey }: PayoutsTableProps) {
  return (
    <DataTable
      table={table}
      label="Payouts"
      noun="payouts"
      {...listQueryTableProps(query, "payouts")}
      onRowActivate={onOpen}
      selectedRowId={openPayoutId}
      scrollMemoryKey={listKey}
      emptyState={
        hasFilters ? (
          <DataTableNoMatches noun="payouts" onClearFilters={onClearFilters} />
        ) : (
          <DataTableEmpty title="No payouts yet">
            Payouts created through the API or a batch upload appear here, newest first.
          </DataTableEmpty>
        )
      }
    />
  );
}
