import { BATCH_STATUSES } from "@/lib/filters/anton-vocabulary";
import type { StatusGroup } from "@/lib/payout-status";
import type { StatusTone } from "@/lib/status-tone";

// How finance staff read a batch's status, from Anton's batch lifecycle:
//   in progress      uploaded → validating, confirmed → processing: moving on its own.
//   needs attention  validated: waiting for someone to confirm it; partial: done, but some
//                    rows did not pay out and need a look.
//   done             completed.
//   stopped          validation_failed, failed, cancelled.
// A batch is live (its page refreshes itself) until it reaches a terminal status.

export const BATCH_STATUS_GROUPS: readonly StatusGroup[] = [
  { id: "progress", label: "In progress", statuses: ["uploaded", "validating", "confirmed", "processing"] },
  { id: "attention", label: "Needs attention", statuses: ["validated", "partial"] },
  { id: "done", label: "Done", statuses: ["completed"] },
  { id: "stopped", label: "Stopped", statuses: ["validation_failed", "failed", "cancelled"] },
];

const TONE_BY_STATUS = new Map<string, StatusTone>(BATCH_STATUS_GROUPS.flatMap((group) => group.statuses.map((status) => [status, group.id] as const)));

/** Statuses a batch leaves on its own: while in one of them the page keeps refreshing. */
export const LIVE_BATCH_STATUSES: readonly string[] = ["uploaded", "validating", "validated", "confirmed", "processing"];

export function isKnownBatchStatus(status: string): boolean {
  return (BATCH_STATUSES as readonly string[]).includes(status);
}

/** The tone of a batch status; one Anton adds later is neutral until we place it. */
export function batchStatusTone(status: string): StatusTone {
  return TONE_BY_STATUS.get(status) ?? "neutral";
}

/** Still moving (not terminal). An unknown status is not polled: we cannot tell it will change. */
export function isLiveBatchStatus(status: string): boolean {
  return LIVE_BATCH_STATUSES.includes(status);
}
