import { formatDateTime, formatDuration } from "@/lib/dates";
import { buildTimeline, endToEndMs, type StepState } from "@/lib/payout-timeline";
import type { Payout } from "@/lib/api/types";
import { humanizeCode, isTerminalPayoutStatus } from "@/lib/payout-status";

const DOT: Record<StepState, string> = {
  done: "border-status-done bg-status-done",
  failed: "border-status-stopped bg-status-stopped",
  cancelled: "border-status-neutral bg-status-neutral",
  upcoming: "border-gray-300 bg-white",
};

/** created → screened → approved → processed → completed / failed / cancelled, with the gaps. */
export function PayoutTimelineView({ payout, timeZone }: { payout: Payout; timeZone: string }) {
  const steps = buildTimeline(payout);
  const total = endToEndMs(payout);
  return (
    <div>
      <ol className="relative">
        {steps.map((step, index) => (
          <li key={step.key} className="relative flex gap-3 pb-4 last:pb-0">
            {index < steps.length - 1 && <span aria-hidden="true" className="absolute top-4 left-[5px] h-full w-px bg-gray-200" />}
            <span aria-hidden="true" className={`relative mt-1 size-[11px] shrink-0 rounded-full border-2 ${DOT[step.state]}`} />
            <div className="flex min-w-0 flex-1 flex-wrap items-baseline justify-between gap-x-3">
              <div>
                <span className={`text-sm font-medium ${step.state === "upcoming" ? "text-gray-500 font-normal" : step.state === "failed" ? "text-status-stopped" : "text-gray-900"}`}>
                  {step.label}
                  {step.state === "upcoming" && <span className="sr-only"> (not yet)</span>}
                </span>
                {step.note && <p className="text-xs text-gray-600">{humanizeCode(step.note)}</p>}
              </div>
              {step.at && (
                <span className="text-xs text-gray-600 tabular-nums">
                  <time dateTime={step.at} title={`${formatDateTime(step.at, "UTC")} UTC`}>
                    {formatDateTime(step.at, timeZone)}
                  </time>
                  {step.sincePreviousMs !== undefined && <span className="ml-2 rounded bg-gray-100 px-1.5 py-0.5 text-gray-600">+{formatDuration(step.sincePreviousMs)}</span>}
                </span>
              )}
            </div>
          </li>
        ))}
      </ol>
      <p className="mt-3 text-xs text-gray-500">
        {total !== undefined
          ? `End to end: ${formatDuration(total)}.`
          : isTerminalPayoutStatus(payout.status)
            ? null
            : `Now ${humanizeCode(payout.status).toLowerCase()}, last updated ${formatDateTime(payout.updated_at, timeZone)}.`}
      </p>
    </div>
  );
}
