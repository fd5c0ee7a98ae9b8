"use client";

import { Button } from "@/components/ui/button";
import { AlertIcon, CheckIcon } from "@/components/ui/icons";
import { scanFraction, type ScanPhase, type ScanProgress as Progress } from "@/lib/api/scan-progress";
import { formatDateTime } from "@/lib/dates";
import type { ScanControl } from "./use-scan-control";

const count = new Intl.NumberFormat("en-US");
const percent = new Intl.NumberFormat("en-US", { style: "percent" });

const LEAD: Record<ScanPhase, string> = {
  searching: "Searching…",
  stopped: "Stopped.",
  failed: "Search interrupted.",
  more: "",
  done: "Search complete.",
};

/** "Scanned 12,400 transactions, 37 match · back to 2026-03-02 14:05". */
function describeScan(progress: Progress, timeZone: string, phase: ScanPhase): string {
  if (progress.scanned === 0 && !progress.complete) return "Reading the account's transactions, newest first";
  const matches = `${count.format(progress.matched)} match${phase === "more" ? " so far" : ""}`;
  const reached = progress.reached ? ` · back to ${formatDateTime(progress.reached, timeZone).slice(0, 16)}` : "";
  return `Scanned ${count.format(progress.scanned)} ${progress.scanned === 1 ? "transaction" : "transactions"}, ${matches}${reached}`;
}

function PhaseIcon({ phase }: { phase: ScanPhase }) {
  if (phase === "searching") return <span aria-hidden="true" className="size-3.5 shrink-0 animate-spin rounded-full border-2 border-brand/25 border-t-brand" />;
  if (phase === "done") return <CheckIcon className="size-4 shrink-0 text-status-done" />;
  if (phase === "failed") return <AlertIcon className="size-4 shrink-0 text-status-stopped" />;
  if (phase === "stopped") return <span aria-hidden="true" className="flex size-3.5 shrink-0 gap-[3px] px-[2px]"><span className="w-1 rounded-sm bg-status-attention" /><span className="w-1 rounded-sm bg-status-attention" /></span>;
  return <span aria-hidden="true" className="size-2 shrink-0 rounded-full bg-gray-400" />;
}

interface ScanProgressProps {
  scan: ScanControl;
  timeZone: string;
  /** The filter's date range, when it has one: the bar shows how much of it is searched. */
  createdAfter?: string;
  createdBefore?: string;
}

/**
 * Where a filtered search through the account stands: rows scanned, matches, how far back
 * it has read, and Stop (aborts the request in flight and the automatic continuation) or
 * Continue searching.
 */
export function ScanProgress({ scan, timeZone, createdAfter, createdBefore }: ScanProgressProps) {
  const { phase, progress } = scan;
  const fraction = phase === "searching" || phase === "stopped" ? scanFraction(progress.reached, createdAfter, createdBefore ?? new Date().toISOString()) : undefined;
  return (
    <section
      aria-label="Search progress"
      className={`flex min-h-9 shrink-0 flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border px-3 py-1.5 text-sm ${phase === "stopped" ? "border-status-attention/30 bg-status-attention-bg/60" : phase === "failed" ? "border-status-stopped/25 bg-status-stopped-bg/50" : "border-gray-200 bg-white"}`}
    >
      <PhaseIcon phase={phase} />
      <p role="status" className="min-w-0 flex-1 text-gray-700">
        {LEAD[phase] && <span className="font-medium text-gray-900">{scan.paused ? "Paused to spare Anton's rate limit." : LEAD[phase]} </span>}
        <span className="tabular-nums">{describeScan(progress, timeZone, phase)}</span>
        {phase === "more" && <span className="text-gray-500"> · more load as you scroll</span>}
      </p>
      {fraction !== undefined && (
        <div className="flex items-center gap-2 text-xs text-gray-500">
          <div role="progressbar" aria-label="Share of the date range searched" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(fraction * 100)} className="h-1.5 w-28 overflow-hidden rounded-full bg-gray-200">
            <div className="h-full rounded-full bg-brand transition-[width]" style={{ width: `${fraction * 100}%` }} />
          </div>
          <span className="tabular-nums">{percent.format(fraction)} of range</span>
        </div>
      )}
      {phase === "searching" && progress.scanned > 0 && (
        <Button size="sm" onClick={scan.stop}>
          Stop
        </Button>
      )}
      {phase === "stopped" && (
        <Button size="sm" variant="primary" onClick={() => void scan.resume()}>
          Continue searching
        </Button>
      )}
    </section>
  );
}
