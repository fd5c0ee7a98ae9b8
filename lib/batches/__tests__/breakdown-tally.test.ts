import { describe, expect, it } from "vitest";
import { BreakdownTally, type TallyRow } from "../breakdown-tally";

const row = (status: string, source: [string, string], debited: [string, string], extra: Partial<TallyRow> = {}): TallyRow => ({
  status,
  source_amount: source[0],
  source_currency: source[1],
  total_debited: debited[0],
  total_debited_currency: debited[1],
  ...extra,
});

describe("BreakdownTally", () => {
  it("counts and sums per status and per currency, never across currencies, exactly", () => {
    const tally = new BreakdownTally();
    tally.add(row("completed", ["0.10", "USD"], ["0.20", "USD"]));
    tally.add(row("completed", ["0.20", "USD"], ["0.25", "USD"]));
    tally.add(row("completed", ["1000", "JPY"], ["1010", "JPY"]));
    tally.add(row("completed", ["1.5", "BHD"], ["1.501", "BHD"]));
    const result = tally.result("bat_1", true, 100);
    expect(result.rows).toBe(4);
    expect(result.statuses).toEqual([
      {
        status: "completed",
        count: 4,
        source_amount: [
          { currency: "BHD", amount: "1.500" },
          { currency: "JPY", amount: "1000" },
          { currency: "USD", amount: "0.30" },
        ],
        total_debited: [
          { currency: "BHD", amount: "1.501" },
          { currency: "JPY", amount: "1010" },
          { currency: "USD", amount: "0.45" },
        ],
      },
    ]);
    expect(result.totals.count).toBe(4);
  });

  it("keeps an unknown status under its raw value, after the known ones", () => {
    const tally = new BreakdownTally();
    tally.add(row("teleported", ["1", "EUR"], ["1", "EUR"]));
    tally.add(row("failed", ["1", "EUR"], ["1", "EUR"], { failure_reason: "insufficient_funds" }));
    tally.add(row("created", ["1", "EUR"], ["1", "EUR"]));
    expect(tally.result("bat_1", true, 100).statuses.map((s) => [s.status, s.count])).toEqual([
      ["created", 1],
      ["failed", 1],
      ["teleported", 1],
    ]);
  });

  it("groups the rows needing attention by status and reason with the amount at risk per currency", () => {
    const tally = new BreakdownTally();
    tally.add(row("failed", ["10.00", "EUR"], ["11.00", "EUR"], { failure_reason: "account_closed" }));
    tally.add(row("failed", ["5.00", "EUR"], ["6.00", "EUR"], { failure_reason: "account_closed" }));
    tally.add(row("failed", ["7", "JPY"], ["8", "JPY"], { failure_reason: "account_closed" }));
    tally.add(row("failed", ["1.00", "EUR"], ["1.00", "EUR"], { failure_reason: "invalid_iban" }));
    tally.add(row("cancelled", ["2.00", "EUR"], ["2.00", "EUR"], { cancelled_reason: "merchant_request" }));
    tally.add(row("manual_review", ["3.00", "EUR"], ["3.00", "EUR"]));
    tally.add(row("completed", ["99.00", "EUR"], ["99.00", "EUR"]));
    const result = tally.result("bat_1", true, 100);
    expect(result.needs_attention_totals).toEqual({ count: 6, amount_at_risk: [{ currency: "EUR", amount: "21.00" }, { currency: "JPY", amount: "7" }] });
    expect(result.needs_attention).toEqual([
      { status: "failed", reason: "account_closed", count: 3, amount_at_risk: [{ currency: "EUR", amount: "15.00" }, { currency: "JPY", amount: "7" }] },
      { status: "failed", reason: "invalid_iban", count: 1, amount_at_risk: [{ currency: "EUR", amount: "1.00" }] },
      { status: "cancelled", reason: "merchant_request", count: 1, amount_at_risk: [{ currency: "EUR", amount: "2.00" }] },
      { status: "manual_review", reason: null, count: 1, amount_at_risk: [{ currency: "EUR", amount: "3.00" }] },
    ]);
  });
});
