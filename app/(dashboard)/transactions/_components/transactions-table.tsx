"use client";

import { DataTable } from "@/components/data-table/data-table";
import { DataTableEmpty, DataTableErrorState, DataTableNoMatches } from "@/components/data-table/data-table-states";
import { listQueryTableProps } from "@/components/data-table/list-query-table-props";
import { toTableError } from "@/components/data-table/table-error";
import type { DataTableInstance } from "@/components/data-table/use-data-table";
import type { MerchantTransaction, useTransactions } from "@/lib/api/transactions";
import type { ScanControl } from "./use-scan-control";

interface TransactionsTableProps {
  table: DataTableInstance<MerchantTransaction>;
  query: ReturnType<typeof useTransactions>;
  scan: ScanControl;
  hasFilters: boolean;
  onClearFilters: () => void;
  listKey: string;
}

/** What an empty list means depends on where the search stands. */
function EmptyState({ query, scan, hasFilters, onClearFilters }: Omit<TransactionsTableProps, "table" | "listKey">) {
  if (scan.phase === "failed") return <DataTableErrorState error={toTableError(query.error, "transactions")} onRetry={() => void scan.resume()} retrying={query.isFetching} />;
  if (scan.phase === "searching") {
    return <DataTableEmpty title="Searching for matching transactions…">No match yet. The search carries on through older transactions; its progress is shown above.</DataTableEmpty>;
  }
  if (scan.phase === "stopped") {
    return <DataTableEmpty title="No matches in the transactions scanned so far">Continue searching to look through older transactions.</DataTableEmpty>;
  }
  if (hasFilters) return <DataTableNoMatches noun="transactions" onClearFilters={onClearFilters} />;
  return <DataTableEmpty title="No transactions yet">Deposits, payouts, fees and conversions on your accounts appear here, newest first.</DataTableEmpty>;
}

/** The generic table, told about transactions: its states, its errors, and a search the reader can stop. */
export function TransactionsTable({ table, query, scan, hasFilters, onClearFilters, listKey }: TransactionsTableProps) {
  return (
    <DataTable
      table={table}
      label="Transactions"
      noun="transactions"
      {...listQueryTableProps(query, "transactions")}
      // Past the first page, the search goes on (or pauses) under the reader's control.
      fetchNextPage={scan.resume}
      autoLoad={!scan.stopped}
      scrollMemoryKey={listKey}
      emptyState={<EmptyState query={query} scan={scan} hasFilters={hasFilters} onClearFilters={onClearFilters} />}
    />
  );
}
