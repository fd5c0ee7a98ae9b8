import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { AlertIcon, FilterIcon, InboxIcon } from "@/components/ui/icons";

/** What went wrong, as the error state shows it. */
export interface DataTableError {
  message: string;
  requestId?: string;
  /** Seconds to wait before retrying makes sense (a 429). */
  retryAfter?: number;
}

function StatePanel({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <div className="flex flex-col items-center justify-center gap-3 px-6 py-16 text-center">
      <div className="flex size-10 items-center justify-center rounded-full bg-gray-100 text-gray-500">{icon}</div>
      <h2 className="text-sm font-semibold text-gray-900">{title}</h2>
      <div className="max-w-md text-sm text-gray-600">{children}</div>
    </div>
  );
}

export function DataTableErrorState({ error, onRetry, retrying }: { error: DataTableError; onRetry: () => void; retrying: boolean }) {
  return (
    <div role="alert">
      <StatePanel icon={<AlertIcon className="size-5 text-status-stopped" />} title="The list could not be loaded">
        <p>{error.message}</p>
        {error.retryAfter !== undefined && <p className="mt-1">Anton asks us to wait {error.retryAfter} s before trying again.</p>}
        {error.requestId && (
          <p className="mt-2 text-xs text-gray-500">
            Request ID <code className="rounded bg-gray-100 px-1 py-0.5 font-mono text-gray-700 select-all">{error.requestId}</code>
          </p>
        )}
        <Button variant="primary" className="mt-4" onClick={onRetry} disabled={retrying}>
          {retrying ? "Retrying…" : "Retry"}
        </Button>
      </StatePanel>
    </div>
  );
}

/** Filters are on and nothing matches: say so, and offer the way out. */
export function DataTableNoMatches({ noun, onClearFilters }: { noun: string; onClearFilters: () => void }) {
  return (
    <StatePanel icon={<FilterIcon className="size-5" />} title={`No ${noun} match these filters`}>
      <p>Try a wider date range or fewer statuses.</p>
      <Button className="mt-4" onClick={onClearFilters}>
        Clear filters
      </Button>
    </StatePanel>
  );
}

/** No filters and still nothing: a first-run account. */
export function DataTableEmpty({ title, children }: { title: string; children: ReactNode }) {
  return (
    <StatePanel icon={<InboxIcon className="size-5" />} title={title}>
      {children}
    </StatePanel>
  );
}
