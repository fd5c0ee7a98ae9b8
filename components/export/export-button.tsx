"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Popover, usePopoverClose } from "@/components/ui/popover";
import { exportPath, type ExportTarget } from "@/lib/api/exports";
import { ALL_COLUMNS } from "@/lib/exports/export-queries";
import { useCsvExport, type ExportState } from "./use-csv-export";

interface ExportButtonProps {
  /** What to export: the list and its current (resolved) filters. */
  target: ExportTarget;
  /** The table's visible column ids, in any order (the file keeps the table's order). */
  visibleColumns: readonly string[];
  /** IANA zone the page shows times in; the file's timestamps use it and name it. */
  timeZone: string;
}

const count = (rows: number) => rows.toLocaleString("en-US");

const DownloadIcon = () => (
  <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true" className="size-4 text-gray-500">
    <path d="M8 2.5v8M4.5 7 8 10.5 11.5 7M3 13.5h10" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);

/**
 * Exports every row the filters select (not only the loaded ones) to CSV: the visible
 * columns or all of them, progress while it streams, Cancel, and a failure that names the
 * rows received and the request id instead of saving a truncated file.
 */
export function ExportButton({ target, visibleColumns, timeZone }: ExportButtonProps) {
  const { state, start, cancel, dismiss } = useCsvExport();

  if (state.status === "running") {
    return (
      <div className="flex items-center gap-2 text-sm text-gray-700">
        <span role="status" aria-live="polite" className="tabular-nums">
          Exporting… {count(state.rows)} rows
        </span>
        <Button size="sm" onClick={cancel}>
          Cancel
        </Button>
      </div>
    );
  }

  return (
    <div className="flex items-center gap-2">
      <Popover align="end" panelLabel="Export to CSV" trigger={<><DownloadIcon />Export</>}>
        <ExportOptions
          visibleCount={visibleColumns.length}
          timeZone={timeZone}
          onExport={(columns) => void start(exportPath(target, { timeZone, columns: columns === "all" ? ALL_COLUMNS : visibleColumns }))}
        />
      </Popover>
      <ExportOutcome state={state} onDismiss={dismiss} />
    </div>
  );
}

function ExportOptions({ visibleCount, timeZone, onExport }: { visibleCount: number; timeZone: string; onExport: (columns: "visible" | "all") => void }) {
  const [columns, setColumns] = useState<"visible" | "all">("visible");
  const close = usePopoverClose();
  const name = useId();
  return (
    <form
      className="w-64 p-2 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        close();
        onExport(columns);
      }}
    >
      <fieldset>
        <legend className="pb-1 text-xs font-medium text-gray-500">Columns</legend>
        <label className="flex items-center gap-2 py-1">
          <input type="radio" name={name} className="accent-brand" checked={columns === "visible"} onChange={() => setColumns("visible")} />
          Visible columns ({visibleCount})
        </label>
        <label className="flex items-center gap-2 py-1">
          <input type="radio" name={name} className="accent-brand" checked={columns === "all"} onChange={() => setColumns("all")} />
          All columns
        </label>
      </fieldset>
      <p className="py-2 text-xs text-gray-500">Every row that matches the filters, not only the loaded ones. Times in {timeZone}.</p>
      <Button type="submit" variant="primary" className="w-full">
        Download CSV
      </Button>
    </form>
  );
}

function ExportOutcome({ state, onDismiss }: { state: ExportState; onDismiss: () => void }) {
  if (state.status === "idle" || state.status === "running") return null;
  const dismiss = (
    <Button size="sm" variant="ghost" onClick={onDismiss} aria-label="Dismiss export message">
      ×
    </Button>
  );
  if (state.status === "failed") {
    return (
      <p role="alert" className="flex flex-wrap items-center gap-x-1 text-sm text-red-700">
        Export failed after {count(state.rows)} rows. {state.message} No file was saved.
        {state.requestId && (
          <span>
            Request id <code className="font-mono text-xs select-all">{state.requestId}</code>
          </span>
        )}
        {dismiss}
      </p>
    );
  }
  return (
    <p role="status" className="flex items-center gap-1 text-sm text-gray-600">
      {state.status === "done" ? `Exported ${count(state.rows)} rows to ${state.fileName}.` : `Export cancelled after ${count(state.rows)} rows; no file saved.`}
      {dismiss}
    </p>
  );
}
