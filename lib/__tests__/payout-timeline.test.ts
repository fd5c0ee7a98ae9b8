import { describe, expect, it } from "vitest";
import { buildTimeline, endToEndMs } from "../payout-timeline";

const created_at = "2026-04-15T10:00:00Z";

describe("buildTimeline", () => {
  it("walks the happy path with the gap before each step", () => {
    const steps = buildTimeline({
      status: "completed",
      created_at,
      screened_at: "2026-04-15T10:00:30Z",
      approved_at: "2026-04-15T11:00:30Z",
      processed_at: "2026-04-15T11:10:30Z",
      completed_at: "2026-04-16T11:10:30Z",
    });
    expect(steps.map((s) => [s.key, s.state, s.sincePreviousMs])).toEqual([
      ["created", "done", undefined],
      ["screened", "done", 30_000],
      ["approved", "done", 3_600_000],
      ["processed", "done", 600_000],
      ["completed", "done", 86_400_000],
    ]);
  });

  it("shows the steps still to come for a payout in flight", () => {
    const steps = buildTimeline({ status: "pending_approval", created_at, screened_at: "2026-04-15T10:01:00Z" });
    expect(steps.map((s) => `${s.key}:${s.state}`)).toEqual(["created:done", "screened:done", "approved:upcoming", "processed:upcoming", "completed:upcoming"]);
  });

  it("ends a failed screening at the failure, with its reason and no future steps", () => {
    const steps = buildTimeline({ status: "screening_failed", created_at, screened_at: "2026-04-15T10:00:10Z", failed_at: "2026-04-15T10:00:20Z", failure_reason: "sanctions match" });
    expect(steps.map((s) => `${s.key}:${s.state}`)).toEqual(["created:done", "screened:done", "failed:failed"]);
    expect(steps.at(-1)?.note).toBe("sanctions match");
  });

  it("calls a returned payout returned, and a cancellation cancelled", () => {
    expect(buildTimeline({ status: "returned", created_at, failed_at: "2026-04-20T10:00:00Z" }).at(-1)?.label).toBe("Returned");
    const cancelled = buildTimeline({ status: "cancelled", created_at, cancelled_at: "2026-04-15T12:00:00Z", cancelled_reason: "duplicate" });
    expect(cancelled.map((s) => `${s.key}:${s.state}`)).toEqual(["created:done", "cancelled:cancelled"]);
    expect(endToEndMs({ status: "cancelled", created_at, cancelled_at: "2026-04-15T12:00:00Z" })).toBe(7_200_000);
  });
});
