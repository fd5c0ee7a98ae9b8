import { useId, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { DataTableError } from "@/components/data-table/data-table-states";

interface PanelProps {
  title: string;
  /** Beside the title: a completeness note, a filter shortcut… */
  aside?: ReactNode;
  className?: string;
  children: (headingId: string) => ReactNode;
}

/** A titled card; its children get the heading's id to name a table after it. */
export function Panel({ title, aside, className = "", children }: PanelProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={`flex min-w-0 flex-col rounded-lg border border-gray-200 bg-white ${className}`}>
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-gray-100 px-4 py-3">
        <h2 id={headingId} className="text-sm font-semibold text-gray-900">
          {title}
        </h2>
        {aside}
      </div>
      {children(headingId)}
    </section>
  );
}

export function PanelLoading({ label }: { label: string }) {
  return (
    <div role="status" className="flex flex-col gap-2 px-4 py-4">
      <span className="text-sm text-gray-500">{label}</span>
      {[0, 1, 2, 3].map((line) => (
        <span key={line} aria-hidden="true" className="h-4 animate-pulse rounded bg-gray-200/70" style={{ width: `${90 - line * 12}%` }} />
      ))}
    </div>
  );
}

export function PanelError({ what, error, onRetry, retrying }: { what: string; error: DataTableError; onRetry: () => void; retrying: boolean }) {
  return (
    <div role="alert" className="px-4 py-6 text-sm">
      <p className="font-medium text-gray-900">{what} could not be loaded.</p>
      <p className="mt-1 text-gray-600">{error.message}</p>
      {error.requestId && (
        <p className="mt-1 text-xs text-gray-500">
          Request ID <code className="font-mono">{error.requestId}</code>
        </p>
      )}
      <Button className="mt-3" onClick={onRetry} disabled={retrying}>
        {retrying ? "Retrying…" : "Retry"}
      </Button>
    </div>
  );
}
