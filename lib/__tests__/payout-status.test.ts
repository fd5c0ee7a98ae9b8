import { describe, expect, it } from "vitest";
import { PAYOUT_STATUSES, TERMINAL_PAYOUT_STATUSES } from "../filters/anton-vocabulary";
import { humanizeCode, PAYOUT_STATUS_GROUPS, payoutStatusTone } from "../payout-status";

describe("payout status groups", () => {
  it("place every documented status in exactly one group", () => {
    const grouped = PAYOUT_STATUS_GROUPS.flatMap((group) => group.statuses);
    expect([...grouped].sort()).toEqual([...PAYOUT_STATUSES].sort());
  });

  it("put exactly the terminal statuses under done and stopped", () => {
    const terminal = PAYOUT_STATUS_GROUPS.filter((g) => g.id === "done" || g.id === "stopped").flatMap((g) => g.statuses);
    expect([...terminal].sort()).toEqual([...TERMINAL_PAYOUT_STATUSES].sort());
  });

  it("give an unknown status the neutral tone", () => {
    expect(payoutStatusTone("on_hold_forever")).toBe("neutral");
    expect(payoutStatusTone("sent")).toBe("progress");
  });

  it("humanizes codes", () => {
    expect(humanizeCode("pending_engine_review")).toBe("Pending engine review");
  });
});
