import { PAYOUT_STATUSES, TERMINAL_PAYOUT_STATUSES } from "@/lib/filters/anton-vocabulary";
import type { StatusTone } from "@/lib/status-tone";

// How finance staff sort the 14 payout statuses: "what, if anything, must happen next?"
// Read from Anton's lifecycle (shared/anton-api.md):
//   in progress      moving on its own: created → pending_screening, then after approval
//                    approved → processing → sent.
//   needs attention  held until a person decides: pending_approval (the merchant's
//                    approver), manual_review (Anton's reviewers), pending_engine_review
//                    (the pre-approval hold). Not terminal; nothing moves without someone.
//   done             completed: the money arrived.
//   stopped          terminal without the money arriving: failed, returned,
//                    screening_failed, velocity_blocked, cancelled.
// So done + stopped are exactly Anton's terminal statuses (a unit test holds us to it).

export interface StatusGroup {
  id: Exclude<StatusTone, "neutral">;
  label: string;
  statuses: readonly string[];
}

export const PAYOUT_STATUS_GROUPS: readonly StatusGroup[] = [
  { id: "progress", label: "In progress", statuses: ["created", "pending_screening", "approved", "processing", "sent"] },
  { id: "attention", label: "Needs attention", statuses: ["pending_approval", "manual_review", "pending_engine_review"] },
  { id: "done", label: "Done", statuses: ["completed"] },
  { id: "stopped", label: "Stopped", statuses: ["failed", "returned", "screening_failed", "velocity_blocked", "cancelled"] },
];

const TONE_BY_STATUS = new Map<string, StatusTone>(PAYOUT_STATUS_GROUPS.flatMap((group) => group.statuses.map((status) => [status, group.id] as const)));

/** The tone of a payout status; one Anton adds later is neutral until we place it. */
export function payoutStatusTone(status: string): StatusTone {
  return TONE_BY_STATUS.get(status) ?? "neutral";
}

export function isTerminalPayoutStatus(status: string): boolean {
  return TERMINAL_PAYOUT_STATUSES.includes(status);
}

/** "pending_engine_review" → "Pending engine review". */
export function humanizeCode(code: string): string {
  const text = code.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const ALL_PAYOUT_STATUSES: readonly string[] = PAYOUT_STATUSES;
