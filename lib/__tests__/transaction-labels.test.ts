import { describe, expect, it } from "vitest";
import { TRANSACTION_STATUSES, TRANSACTION_TYPES } from "@/lib/filters/anton-vocabulary";
import { TRANSACTION_TYPE_GROUPS, transactionStatusLabel, transactionStatusTone, transactionTypeLabel } from "../transaction-labels";

describe("transaction labels", () => {
  it("puts every documented type in exactly one filter group", () => {
    const grouped = TRANSACTION_TYPE_GROUPS.flatMap((group) => group.types);
    expect([...grouped].sort()).toEqual([...TRANSACTION_TYPES].sort());
  });

  it("names known types and keeps unknown ones exactly as sent", () => {
    expect(transactionTypeLabel("fx_exchange")).toBe("FX exchange");
    expect(transactionTypeLabel("chargeback_v2")).toBe("chargeback_v2");
  });

  it("humanises known statuses and keeps unknown ones raw and neutral", () => {
    expect(transactionStatusLabel("reversed")).toBe("Reversed");
    expect(transactionStatusLabel("under_review")).toBe("under_review");
    expect(transactionStatusTone("under_review")).toBe("neutral");
  });

  it("gives every documented status a tone of its own", () => {
    for (const status of TRANSACTION_STATUSES) expect(transactionStatusTone(status)).not.toBe("neutral");
  });
});
