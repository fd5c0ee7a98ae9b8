"use client";

import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { listQueryTableProps } from "@/components/data-table/list-query-table-props";
import { toTableError } from "@/components/data-table/table-error";
import { DataTableEmpty, DataTableNoMatches } from "@/components/data-table/data-table-states";
import { DataTableViewOptions } from "@/components/data-table/data-table-view-options";
import { useDataTable } from "@/components/data-table/use-data-table";
import { FilterProblems } from "@/components/filters/filter-problems";
import { useTimeZone } from "@/components/filters/use-time-zone";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useBatches, type Batch } from "@/lib/api/batches";
import { flattenPages } from "@/lib/api/list-pages";
import { RefreshControl } from "../../payouts/_components/refresh-control";
import { createBatchColumns } from "./batch-columns";
import { BatchesPlaceholder } from "./batches-placeholder";
import { BatchesToolbar } from "./batches-toolbar";
import { GoToBatch } from "./go-to-batch";
import { useBatchesUrl } from "./use-batches-url";

const batchId = (batch: Batch) => batch.id;

/** /batches in the browser. Rendered after hydration: it shows times in the browser's zone. */
export function BatchesView() {
  return useHydrated() ? <BatchesExplorer /> : <BatchesPlaceholder />;
}

function BatchesExplorer() {
  const router = useRouter();
  const url = useBatchesUrl();
  const timeZone = useTimeZone(undefined);
  const query = useBatches(url.apiFilters);
  const batches = useMemo(() => flattenPages(query.data?.pages ?? []), [query.data]);
  const columns = useMemo(() => createBatchColumns(timeZone.zone), [timeZone.zone]);
  const table = useDataTable({ tableId: "batches", columns, data: batches, getRowId: batchId });

  return (
    <div className="flex h-[calc(100dvh-5.5rem)] min-h-[32rem] flex-col gap-3">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Batches</h1>
          <p className="text-sm text-gray-500">Uploaded payout files, newest first · times in {timeZone.label}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <GoToBatch />
          <RefreshControl
            updatedAt={query.dataUpdatedAt}
            timeZone={timeZone.zone}
            refreshing={query.isRefetching && !query.isFetchingNextPage}
            failure={query.isRefetchError ? toTableError(query.error, "batches") : undefined}
            onRefresh={() => void query.refetch()}
          />
          <DataTableViewOptions table={table} />
        </div>
      </header>
      <BatchesToolbar url={url} />
      <FilterProblems problems={url.problems} onDropInvalid={url.dropInvalid} />
      <div className="min-h-0 flex-1">
        <DataTable
          table={table}
          label="Batches"
          noun="batches"
          {...listQueryTableProps(query, "batches")}
          onRowActivate={(batch) => router.push(`/batches/${batch.id}`)}
          scrollMemoryKey={url.listKey}
          emptyState={
            url.hasFilters ? (
              <DataTableNoMatches noun="batches" onClearFilters={url.clear} />
            ) : (
              <DataTableEmpty title="No batches yet">Payout files uploaded to Anton appear here, newest first, with what became of every row.</DataTableEmpty>
            )
          }
        />
      </div>
    </div>
  );
}
