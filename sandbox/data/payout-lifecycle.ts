import type { Prng } from "./prng.js";
import type { PayoutStatus, RailType } from "./types.js";

// Lifecycle timestamps per status (anton-api.md), strictly increasing, to the second:
//   created, pending_screening, manual_review: none
//   pending_approval, pending_engine_review:   screened_at
//   screening_failed, velocity_blocked:         screened_at < failed_at (+ failure_reason)
//   approved:                                   screened_at < approved_at
//   processing, sent:                           … < processed_at
//   completed:                                  … < processed_at < completed_at
//   failed, returned:                           … < processed_at < failed_at (+ failure_reason)
//   cancelled:                                  cancelled_at (+ cancelled_reason)
// "status" marks a transition without a timestamp of its own: it only moves updated_at.

export type StampField = "screened_at" | "approved_at" | "processed_at" | "completed_at" | "failed_at" | "cancelled_at";
type Step = StampField | "status";

const H = 3600;
const D = 86_400;

const STEPS: Record<PayoutStatus, Step[]> = {
  created: [],
  pending_screening: ["status"],
  manual_review: ["status"],
  screening_failed: ["screened_at", "failed_at"],
  pending_approval: ["screened_at"],
  pending_engine_review: ["screened_at", "status"],
  velocity_blocked: ["screened_at", "failed_at"],
  approved: ["screened_at", "approved_at"],
  processing: ["screened_at", "approved_at", "processed_at"],
  sent: ["screened_at", "approved_at", "processed_at", "status"],
  completed: ["screened_at", "approved_at", "processed_at", "completed_at"],
  failed: ["screened_at", "approved_at", "processed_at", "failed_at"],
  returned: ["screened_at", "approved_at", "processed_at", "status", "failed_at"],
  cancelled: ["cancelled_at"],
};

function gapSeconds(rng: Prng, step: Step, status: PayoutStatus, rail: RailType): number {
  switch (step) {
    case "screened_at":
      return rng.range(2, 180);
    case "approved_at":
      return rng.range(60, 6 * H);
    case "processed_at":
      return rng.range(30, 1800);
    case "completed_at":
      return rail === "fiat" ? rng.range(H, 3 * D) : rng.range(60, 1800);
    case "failed_at":
      if (status === "returned") return rng.range(D, 10 * D);
      if (status === "failed") return rng.range(H, 2 * D);
      return rng.range(1, 60);
    case "cancelled_at":
      return rng.range(600, 2 * D);
    case "status":
      return status === "returned" ? rng.range(60, 1800) : rng.range(1, 900);
  }
}

export interface Lifecycle {
  stamps: Partial<Record<StampField, number>>;
  updatedS: number;
}

/**
 * Timestamps (Unix seconds) for a payout created at `createdS` with `status`, all at
 * or before `nowS`. Gaps are squeezed to fit; null when even 1 s per step does not fit.
 */
export function makeLifecycle(rng: Prng, status: PayoutStatus, rail: RailType, createdS: number, nowS: number): Lifecycle | null {
  const steps = STEPS[status];
  const gaps = steps.map((s) => gapSeconds(rng, s, status, rail));
  const room = nowS - createdS;
  const total = gaps.reduce((a, b) => a + b, 0);
  if (steps.length > room) return null;
  if (total > room) {
    // Squeeze the lifecycle into part of the time left, so it does not all end at `now`.
    const factor = (Math.floor(room * (0.3 + 0.65 * rng.next())) - steps.length) / total;
    for (let i = 0; i < gaps.length; i++) gaps[i] = 1 + Math.max(0, Math.floor(gaps[i]! * factor));
  }
  const stamps: Partial<Record<StampField, number>> = {};
  let t = createdS;
  steps.forEach((step, i) => {
    t += gaps[i]!;
    if (step !== "status") stamps[step] = t;
  });
  return { stamps, updatedS: t };
}

const FAILURE: Partial<Record<PayoutStatus, readonly string[]>> = {
  failed: ["beneficiary_account_invalid", "rail_rejected", "beneficiary_bank_unreachable", "insufficient_rail_liquidity"],
  returned: ["account_closed", "beneficiary_name_mismatch", "returned_by_beneficiary_bank"],
  screening_failed: ["sanctions_screening_match", "high_risk_jurisdiction"],
  velocity_blocked: ["velocity_limit_exceeded"],
};
const CANCELLED = ["cancelled_by_merchant", "duplicate_payout", "review_rejected", "expired_in_review"];

export function failureReason(rng: Prng, status: PayoutStatus): string | undefined {
  const reasons = FAILURE[status];
  return reasons ? rng.pick(reasons) : undefined;
}

export function cancelledReason(rng: Prng): string {
  return rng.pick(CANCELLED);
}
