import { describe, expect, it } from "vitest";
import { BATCH_STATUSES } from "@/lib/filters/anton-vocabulary";
import { batchStatusTone, isLiveBatchStatus } from "../batch-status";

describe("batch statuses", () => {
  it("is live exactly while the batch can still move on", () => {
    expect(BATCH_STATUSES.filter(isLiveBatchStatus)).toEqual(["uploaded", "validating", "validated", "confirmed", "processing"]);
    expect(isLiveBatchStatus("teleporting")).toBe(false);
  });

  it("gives every known status a tone and an unknown one the neutral tone", () => {
    for (const status of BATCH_STATUSES) expect(batchStatusTone(status)).not.toBe("neutral");
    expect(batchStatusTone("completed")).toBe("done");
    expect(batchStatusTone("teleporting")).toBe("neutral");
  });
});

describe("batch status groups", () => {
  it("place every documented status exactly once", async () => {
    const { BATCH_STATUS_GROUPS } = await import("../batch-status");
    const grouped = BATCH_STATUS_GROUPS.flatMap((group) => group.statuses);
    expect([...grouped].sort()).toEqual([...BATCH_STATUSES].sort());
  });
});
