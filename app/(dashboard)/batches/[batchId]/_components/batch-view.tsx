"use client";

import { useEffect, useMemo, useRef } from "react";
import { DataTableViewOptions } from "@/components/data-table/data-table-view-options";
import { ExportButton } from "@/components/export/export-button";
import { useDataTable } from "@/components/data-table/use-data-table";
import { FilterProblems } from "@/components/filters/filter-problems";
import { useTimeZone } from "@/components/filters/use-time-zone";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ApiError } from "@/lib/api/api-error";
import { useBatch, useBatchBreakdown, useBatchRows, type Batch, type BatchRow } from "@/lib/api/batches";
import { flattenPages } from "@/lib/api/list-pages";
import { isLiveBatchStatus } from "@/lib/batches/batch-status";
import { PayoutDrawer } from "../../../payouts/_components/payout-drawer";
import { toTableError } from "@/components/data-table/table-error";
import { AttentionPanel } from "./attention-panel";
import { BatchHeader } from "./batch-header";
import { BatchNotFound } from "./batch-not-found";
import { createBatchPayoutColumns } from "./batch-payout-columns";
import { BatchPlaceholder } from "./batch-placeholder";
import { BatchRowsTable } from "./batch-rows-table";
import { BatchRowsToolbar } from "./batch-rows-toolbar";
import { BreakdownPanel } from "./breakdown-panel";
import { PanelError } from "./panel";
import { RevealNotice } from "./reveal-notice";
import { useBatchUrl } from "./use-batch-url";
import { useRevealPayout } from "./use-reveal-payout";

const rowId = (row: BatchRow) => row.id;

interface BatchViewProps {
  batchId: string;
  /** The batch as the server read it for this render, when it could. */
  initialBatch?: Batch;
}

/** /batches/{id} in the browser. Rendered after hydration: it shows times in the browser's zone. */
export function BatchView(props: BatchViewProps) {
  return useHydrated() ? <BatchDetail {...props} /> : <BatchPlaceholder />;
}

function BatchDetail({ batchId, initialBatch }: BatchViewProps) {
  const url = useBatchUrl(batchId);
  const timeZone = useTimeZone(undefined);
  const batchQuery = useBatch(batchId, isLiveBatchStatus, initialBatch);
  const batch = batchQuery.data;
  const live = batch !== undefined && isLiveBatchStatus(batch.status);
  const breakdown = useBatchBreakdown(batchId, live);
  const rowsQuery = useBatchRows(batchId, url.apiFilters, live);
  const rows = useMemo(() => flattenPages(rowsQuery.data?.pages ?? []), [rowsQuery.data]);
  const columns = useMemo(() => createBatchPayoutColumns(timeZone.zone), [timeZone.zone]);
  const table = useDataTable({ tableId: "batch-payouts", columns, data: rows, getRowId: rowId });

  const reveal = useRevealPayout({
    batchId,
    payoutId: url.openPayoutId,
    rows,
    filters: url.apiFilters,
    loaded: rowsQuery.isSuccess,
    hasNextPage: rowsQuery.hasNextPage,
    isFetchingNextPage: rowsQuery.isFetchingNextPage,
    failed: rowsQuery.isFetchNextPageError,
    fetchNextPage: rowsQuery.fetchNextPage,
  });

  // A payout linked from elsewhere: once its row is loaded, bring the table into view
  // (the table itself scrolls to the row, which it keeps selected).
  const rowsSection = useRef<HTMLElement>(null);
  const linkedOnArrival = useRef(url.openPayoutId);
  const found = reveal.kind === "found";
  useEffect(() => {
    if (!found || !linkedOnArrival.current || linkedOnArrival.current !== url.openPayoutId) return;
    linkedOnArrival.current = undefined;
    rowsSection.current?.scrollIntoView({ block: "start" });
  }, [found, url.openPayoutId]);

  if (!batch) {
    if (batchQuery.error instanceof ApiError && batchQuery.error.status === 404) return <BatchNotFound />;
    if (batchQuery.isError) {
      return (
        <div className="rounded-lg border border-gray-200 bg-white">
          <PanelError what="This batch" error={toTableError(batchQuery.error, "the batch")} onRetry={() => void batchQuery.refetch()} retrying={batchQuery.isFetching} />
        </div>
      );
    }
    return <BatchPlaceholder />;
  }

  return (
    <div className="flex flex-col gap-4">
      <BatchHeader batch={batch} timeZone={timeZone.zone} live={live} updatedAt={batchQuery.dataUpdatedAt} refreshing={batchQuery.isFetching} />
      <div className="grid items-start gap-4 xl:grid-cols-5">
        <BreakdownPanel query={breakdown} expectedRows={batch.processed_rows} onShowStatus={(status) => url.update({ status: [status] })} className="xl:col-span-3" />
        <AttentionPanel query={breakdown} filtered={url.needsAttention} onToggle={url.toggleNeedsAttention} className="xl:col-span-2" />
      </div>
      <section ref={rowsSection} aria-labelledby="batch-rows-heading" className="flex scroll-mt-4 flex-col gap-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="batch-rows-heading" className="text-base font-semibold">
              Payouts in file order
            </h2>
            <p className="text-sm text-gray-500"># is the row in the uploaded file · times in {timeZone.label}</p>
          </div>
          <div className="flex items-center gap-3">
            <DataTableViewOptions table={table} />
            <ExportButton
              target={{ kind: "batch-payouts", batchId, filters: url.apiFilters }}
              visibleColumns={table.getVisibleLeafColumns().map((column) => column.id)}
              timeZone={timeZone.zone}
            />
          </div>
        </div>
        <BatchRowsToolbar url={url} />
        <FilterProblems problems={url.problems} onDropInvalid={url.dropInvalid} />
        <RevealNotice state={reveal} onClearFilters={url.clear} />
        <div className="h-[calc(100dvh-11rem)] min-h-[24rem]">
          <BatchRowsTable
            table={table}
            query={rowsQuery}
            hasFilters={url.hasFilters}
            onClearFilters={url.clear}
            onOpen={(row) => url.update({ payout: row.id })}
            openPayoutId={url.openPayoutId}
            listKey={url.listKey}
          />
        </div>
      </section>
      <PayoutDrawer
        openId={url.openPayoutId}
        payouts={rows}
        timeZone={timeZone.zone}
        onNavigate={(id) => url.update({ payout: id })}
        onClose={() => url.update({ payout: undefined })}
        loadMore={rowsQuery.hasNextPage ? async () => flattenPages((await rowsQuery.fetchNextPage()).data?.pages ?? []) : undefined}
      />
    </div>
  );
}
