"use client";

import { Button } from "@/components/ui/button";
import { RefreshIcon } from "@/components/ui/icons";
import { formatDateTime } from "@/lib/dates";
import type { DataTableError } from "@/components/data-table/data-table-states";

interface RefreshControlProps {
  updatedAt: number;
  timeZone: string;
  refreshing: boolean;
  failure?: DataTableError;
  onRefresh: () => void;
}

/**
 * "Updated at" and Refresh. Refresh refetches the pages already loaded, in place: rows
 * in flight get their new status and the reader keeps their row.
 */
export function RefreshControl({ updatedAt, timeZone, refreshing, failure, onRefresh }: RefreshControlProps) {
  return (
    <div className="flex items-center gap-3 text-xs text-gray-500">
      {failure ? (
        <span role="alert" className="text-status-stopped">
          Refresh failed: {failure.message}
          {failure.requestId && <code className="ml-1 font-mono">{failure.requestId}</code>}
        </span>
      ) : (
        updatedAt > 0 && (
          <span>
            Updated <time dateTime={new Date(updatedAt).toISOString()}>{formatDateTime(new Date(updatedAt).toISOString(), timeZone).slice(11)}</time>
          </span>
        )
      )}
      <Button onClick={onRefresh} disabled={refreshing}>
        <RefreshIcon className={`size-4 text-gray-500 ${refreshing ? "animate-spin" : ""}`} />
        {refreshing ? "Refreshing…" : "Refresh"}
      </Button>
    </div>
  );
}
