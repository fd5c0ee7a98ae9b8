"use client";

import { useMemo } from "react";
import { DataTableViewOptions } from "@/components/data-table/data-table-view-options";
import { ExportButton } from "@/components/export/export-button";
import { useDataTable } from "@/components/data-table/use-data-table";
import { FilterProblems } from "@/components/filters/filter-problems";
import { PageTimeZoneToggle } from "@/components/filters/page-time-zone-toggle";
import { useHydrated } from "@/components/ui/use-hydrated";
import { flattenPages } from "@/lib/api/list-pages";
import { transactionsInfiniteQueryOptions, useTransactions, type MerchantTransaction } from "@/lib/api/transactions";
import { BalancesStrip } from "./balances-strip";
import { ScanProgress } from "./scan-progress";
import { createTransactionColumns } from "./transaction-columns";
import { TransactionsPlaceholder } from "./transactions-placeholder";
import { TransactionsTable } from "./transactions-table";
import { TransactionsToolbar } from "./transactions-toolbar";
import { useScanControl } from "./use-scan-control";
import { useTransactionsUrl } from "./use-transactions-url";

const transactionId = (transaction: MerchantTransaction) => transaction.id;

/** /transactions in the browser. Rendered after hydration: it depends on the browser's zone. */
export function TransactionsView() {
  return useHydrated() ? <TransactionsExplorer /> : <TransactionsPlaceholder />;
}

function TransactionsExplorer() {
  const url = useTransactionsUrl();
  const query = useTransactions(url.apiFilters);
  const scan = useScanControl(query, transactionsInfiniteQueryOptions(url.apiFilters).queryKey);
  const transactions = useMemo(() => flattenPages(query.data?.pages ?? []), [query.data]);
  const columns = useMemo(() => createTransactionColumns(url.timeZone.zone), [url.timeZone.zone]);
  const table = useDataTable({ tableId: "transactions", columns, data: transactions, getRowId: transactionId });

  return (
    <div className="flex h-[calc(100dvh-5.5rem)] min-h-[36rem] flex-col gap-3">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Transactions</h1>
          <p className="text-sm text-gray-500">Every movement on your accounts, newest first · times in {url.timeZone.label}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <PageTimeZoneToggle values={url.values} timeZone={url.timeZone} update={url.update} />
          <DataTableViewOptions table={table} />
          <ExportButton
            target={{ kind: "transactions", filters: url.apiFilters }}
            visibleColumns={table.getVisibleLeafColumns().map((column) => column.id)}
            timeZone={url.timeZone.zone}
          />
        </div>
      </header>
      <BalancesStrip timeZone={url.timeZone.zone} />
      <TransactionsToolbar url={url} />
      <FilterProblems problems={url.problems} onDropInvalid={url.dropInvalid} />
      {url.scansRows && query.status !== "error" && (
        <ScanProgress scan={scan} timeZone={url.timeZone.zone} createdAfter={url.apiFilters.created_after} createdBefore={url.apiFilters.created_before} />
      )}
      <div className="min-h-0 flex-1">
        <TransactionsTable table={table} query={query} scan={scan} hasFilters={url.hasFilters} onClearFilters={url.clear} listKey={url.listKey} />
      </div>
    </div>
  );
}
