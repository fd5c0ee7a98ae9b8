import { memo } from "react";
import { Button } from "@/components/ui/button";
import type { DataTableError } from "./data-table-states";

interface DataTableFooterProps {
  loadedCount: number;
  /** "payouts": used in "All 1,234 payouts loaded". */
  noun: string;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  nextPageError?: DataTableError;
  onLoadMore: () => void;
}

const count = new Intl.NumberFormat("en-US");

/**
 * The end of the rows: loading, a failed page with Retry, a "Load more" fallback (for
 * when scrolling cannot trigger it), or the plain statement that everything is loaded.
 */
function DataTableFooterView({ loadedCount, noun, hasNextPage, isFetchingNextPage, nextPageError, onLoadMore }: DataTableFooterProps) {
  return (
    <div className="sticky left-0 flex min-h-12 items-center justify-center gap-3 px-4 py-3 text-sm text-gray-600">
      {isFetchingNextPage ? (
        <span role="status" className="flex items-center gap-2">
          <span aria-hidden="true" className="size-3.5 animate-spin rounded-full border-2 border-gray-300 border-t-brand" />
          Loading more {noun}…
        </span>
      ) : nextPageError ? (
        <span role="alert" className="flex flex-wrap items-center justify-center gap-2">
          <span className="text-status-stopped">More {noun} could not be loaded: {nextPageError.message}</span>
          {nextPageError.requestId && <code className="font-mono text-xs text-gray-500">{nextPageError.requestId}</code>}
          <Button size="sm" onClick={onLoadMore}>
            Retry
          </Button>
        </span>
      ) : hasNextPage ? (
        <Button onClick={onLoadMore}>Load more</Button>
      ) : (
        <span role="status" className="text-gray-500">
          All {count.format(loadedCount)} {noun} loaded
        </span>
      )}
    </div>
  );
}

// Unchanged while the reader scrolls through loaded rows: skip it on those frames.
export const DataTableFooter = memo(DataTableFooterView);
