import type { StatusBreakdown } from "@/lib/api/batches";
import { humanizeCode, payoutStatusTone } from "@/lib/payout-status";
import type { StatusTone } from "@/lib/status-tone";

const FILL: Record<StatusTone, string> = {
  progress: "bg-status-progress",
  attention: "bg-status-attention",
  done: "bg-status-done",
  stopped: "bg-status-stopped",
  neutral: "bg-status-neutral",
};

/** The batch's rows as one bar split by status: a glance; the table beside it has the numbers. */
export function StatusShareBar({ statuses, total }: { statuses: readonly StatusBreakdown[]; total: number }) {
  if (total === 0) return null;
  return (
    <div aria-hidden="true" className="mx-4 mt-3 flex h-2 overflow-hidden rounded-full bg-gray-100">
      {statuses.map((status) => (
        <span
          key={status.status}
          title={`${humanizeCode(status.status)}: ${status.count}`}
          className={`${FILL[payoutStatusTone(status.status)]} border-r border-white last:border-r-0`}
          style={{ width: `${(status.count / total) * 100}%` }}
        />
      ))}
    </div>
  );
}
