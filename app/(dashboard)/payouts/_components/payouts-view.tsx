"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { DataTableViewOptions } from "@/components/data-table/data-table-view-options";
import { toTableError } from "@/components/data-table/table-error";
import { ExportButton } from "@/components/export/export-button";
import { useDataTable } from "@/components/data-table/use-data-table";
import { FilterProblems } from "@/components/filters/filter-problems";
import { useHydrated } from "@/components/ui/use-hydrated";
import { flattenPages } from "@/lib/api/list-pages";
import { payoutQueryOptions, payoutsInfiniteQueryOptions, usePayouts } from "@/lib/api/payouts";
import type { Payout } from "@/lib/api/types";
import type { PayoutFilters } from "@/lib/filters/list-queries";
import { createPayoutColumns } from "./payout-columns";
import { PayoutDrawer } from "./payout-drawer";
import { PayoutsPlaceholder } from "./payouts-placeholder";
import { PayoutsSummary } from "./payouts-summary";
import { PayoutsTable } from "./payouts-table";
import { PayoutsTimeZone, PayoutsToolbar } from "./payouts-toolbar";
import { RefreshControl } from "./refresh-control";
import { usePayoutsUrl, type PayoutsUrl } from "./use-payouts-url";

const payoutId = (payout: Payout) => payout.id;

/** /payouts in the browser. Rendered after hydration: it depends on the browser's zone. */
export function PayoutsView() {
  const hydrated = useHydrated();
  const url = usePayoutsUrl();
  usePrefetchFirstPage(url.apiFilters);
  return hydrated ? <PayoutsExplorer url={url} /> : <PayoutsPlaceholder />;
}

/**
 * Asks for the first page while the page hydrates (on the server it does nothing), so the
 * request is on its way before the explorer and its table have rendered, not after.
 */
function usePrefetchFirstPage(filters: PayoutFilters) {
  const queryClient = useQueryClient();
  const options = payoutsInfiniteQueryOptions(filters);
  if (typeof window !== "undefined" && !queryClient.getQueryState(options.queryKey)) void queryClient.prefetchInfiniteQuery(options);
}

function PayoutsExplorer({ url }: { url: PayoutsUrl }) {
  const query = usePayouts(url.apiFilters);
  const queryClient = useQueryClient();
  const payouts = useMemo(() => flattenPages(query.data?.pages ?? []), [query.data]);
  const columns = useMemo(() => createPayoutColumns(url.timeZone.zone), [url.timeZone.zone]);
  const table = useDataTable({ tableId: "payouts", columns, data: payouts, getRowId: payoutId });

  function refresh() {
    void query.refetch();
    if (url.openPayoutId) void queryClient.invalidateQueries({ queryKey: payoutQueryOptions(url.openPayoutId).queryKey });
  }

  return (
    <div className="flex h-[calc(100dvh-5.5rem)] min-h-[32rem] flex-col gap-3">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Payouts</h1>
          <p className="text-sm text-gray-500">Newest first · times in {url.timeZone.label}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <PayoutsTimeZone url={url} />
          <RefreshControl
            updatedAt={query.dataUpdatedAt}
            timeZone={url.timeZone.zone}
            refreshing={query.isRefetching && !query.isFetchingNextPage}
            failure={query.isRefetchError ? toTableError(query.error, "payouts") : undefined}
            onRefresh={refresh}
          />
          <DataTableViewOptions table={table} />
          <ExportButton
            target={{ kind: "payouts", filters: url.apiFilters }}
            visibleColumns={table.getVisibleLeafColumns().map((column) => column.id)}
            timeZone={url.timeZone.zone}
          />
        </div>
      </header>
      <PayoutsToolbar url={url} />
      <FilterProblems problems={url.problems} onDropInvalid={url.dropInvalid} />
      <PayoutsSummary payouts={payouts} complete={query.isSuccess && !query.hasNextPage} />
      <div className="min-h-0 flex-1">
        <PayoutsTable
          table={table}
          query={query}
          hasFilters={url.hasFilters}
          onClearFilters={url.clear}
          onOpen={(payout) => url.update({ payout: payout.id })}
          openPayoutId={url.openPayoutId}
          listKey={url.listKey}
        />
      </div>
      <PayoutDrawer
        openId={url.openPayoutId}
        payouts={payouts}
        timeZone={url.timeZone.zone}
        onNavigate={(id) => url.update({ payout: id })}
        onClose={() => url.update({ payout: undefined })}
        loadMore={query.hasNextPage ? async () => flattenPages((await query.fetchNextPage()).data?.pages ?? []) : undefined}
      />
    </div>
  );
}
