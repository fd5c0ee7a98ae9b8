import type { Payout } from "./api/types";
import { isTerminalPayoutStatus } from "./payout-status";

// A payout's lifecycle as a timeline, read from its timestamps (Anton omits the ones that
// have not happened). The happy path is created → screened → approved → processed →
// completed; a payout may leave it for failed (screening_failed, velocity_blocked, failed,
// returned all stamp failed_at) or cancelled. Statuses without a timestamp of their own
// (pending_screening, sent, manual_review…) move only updated_at, so they show as "now".

export type StepKey = "created" | "screened" | "approved" | "processed" | "completed" | "failed" | "cancelled";
export type StepState = "done" | "failed" | "cancelled" | "upcoming";

export interface TimelineStep {
  key: StepKey;
  label: string;
  state: StepState;
  at?: string;
  /** Time since the step before it, when both are stamped. */
  sincePreviousMs?: number;
  note?: string;
}

/** The payout fields a timeline is built from. */
type Stamps = Pick<
  Payout,
  "status" | "created_at" | "screened_at" | "approved_at" | "processed_at" | "completed_at" | "failed_at" | "cancelled_at" | "failure_reason" | "cancelled_reason"
>;

const HAPPY_PATH: { key: StepKey; label: string; field: keyof Stamps }[] = [
  { key: "created", label: "Created", field: "created_at" },
  { key: "screened", label: "Screened", field: "screened_at" },
  { key: "approved", label: "Approved", field: "approved_at" },
  { key: "processed", label: "Processed", field: "processed_at" },
  { key: "completed", label: "Completed", field: "completed_at" },
];

const time = (iso: string | undefined) => (iso === undefined ? Number.NaN : Date.parse(iso));

export function buildTimeline(payout: Stamps): TimelineStep[] {
  const steps: TimelineStep[] = [];
  for (const { key, label, field } of HAPPY_PATH) {
    const at = payout[field];
    if (at) steps.push({ key, label, state: "done", at });
  }
  if (payout.failed_at) {
    steps.push({ key: "failed", label: payout.status === "returned" ? "Returned" : "Failed", state: "failed", at: payout.failed_at, note: payout.failure_reason });
  }
  if (payout.cancelled_at) {
    steps.push({ key: "cancelled", label: "Cancelled", state: "cancelled", at: payout.cancelled_at, note: payout.cancelled_reason });
  }
  // Stamps are ordered in time; a misordered upstream record still reads oldest first.
  steps.sort((a, b) => time(a.at) - time(b.at));
  steps.forEach((step, index) => {
    const previous = steps[index - 1];
    const gap = previous ? time(step.at) - time(previous.at) : Number.NaN;
    if (Number.isFinite(gap)) step.sincePreviousMs = gap;
  });
  // Still moving: the happy-path steps it has yet to reach.
  if (!isTerminalPayoutStatus(payout.status) && !payout.failed_at && !payout.cancelled_at) {
    const reached = new Set(steps.map((step) => step.key));
    const lastReached = Math.max(...HAPPY_PATH.map((step, index) => (reached.has(step.key) ? index : -1)));
    for (const { key, label } of HAPPY_PATH.slice(lastReached + 1)) steps.push({ key, label, state: "upcoming" });
  }
  return steps;
}

/** Created to the terminal stamp, for "took 2 d 4 h"; undefined while still moving. */
export function endToEndMs(payout: Stamps): number | undefined {
  const end = payout.completed_at ?? payout.failed_at ?? payout.cancelled_at;
  if (!end) return undefined;
  const ms = time(end) - time(payout.created_at);
  return Number.isFinite(ms) ? ms : undefined;
}
