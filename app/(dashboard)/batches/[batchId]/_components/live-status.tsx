import { formatDateTime } from "@/lib/dates";

interface LiveStatusProps {
  live: boolean;
  updatedAt: number;
  refreshing: boolean;
  timeZone: string;
}

/** Whether the page keeps itself up to date (the batch is still moving) and when it last did. */
export function LiveStatus({ live, updatedAt, refreshing, timeZone }: LiveStatusProps) {
  const at = updatedAt > 0 ? new Date(updatedAt).toISOString() : undefined;
  return (
    <p className="flex items-center gap-2 text-xs text-gray-600">
      {live && <span aria-hidden="true" className={`size-2 rounded-full bg-status-progress ${refreshing ? "animate-ping" : "animate-pulse"}`} />}
      {/* Announced when it changes: the batch settling is news; each refresh is not. */}
      <span role="status">{live ? "Live: refreshes itself every few seconds while the batch is in progress" : "Settled: no automatic refresh"}</span>
      {at && (
        <span className="text-gray-500">
          · updated <time dateTime={at}>{formatDateTime(at, timeZone).slice(11)}</time>
        </span>
      )}
    </p>
  );
}
