import { describe, expect, it } from "vitest";
import { formatAmount, formatMoney, isNegative, sumAmounts, totalsByCurrency } from "../money";

describe("formatAmount", () => {
  it.each([
    ["1234.5", "USD", "1,234.50"],
    ["1234567", "JPY", "1,234,567"],
    ["12.345", "BHD", "12.345"],
    ["0.5", "KWD", "0.500"],
    ["1000.1", "USDC", "1,000.100000"],
    ["0.00012345", "BTC", "0.00012345"],
    ["-98765.43", "EUR", "-98,765.43"],
    ["9007199254740993.01", "USD", "9,007,199,254,740,993.01"],
    ["0", "JPY", "0"],
    ["123", "USD", "123.00"],
    ["1000", "USD", "1,000.00"],
    ["100000", "USD", "100,000.00"],
    ["000123.4", "USD", "123.40"],
    ["000", "JPY", "0"],
    ["-0.5", "EUR", "-0.50"],
  ])("%s %s → %s", (amount, currency, expected) => {
    expect(formatAmount(amount, currency)).toBe(expected);
  });

  it("groups every length of whole part in threes from the right", () => {
    for (let length = 1; length <= 25; length++) {
      const whole = "123456789".repeat(3).slice(0, length).replace(/^0+(?=\d)/, "");
      const groups: string[] = [];
      for (let end = whole.length; end > 0; end -= 3) groups.unshift(whole.slice(Math.max(0, end - 3), end));
      expect(formatAmount(whole, "JPY")).toBe(groups.join(","));
    }
  });

  it("keeps digits beyond the scale rather than rounding them away", () => {
    expect(formatAmount("1.005", "USD")).toBe("1.005");
  });

  it("returns unknown currencies and malformed amounts exactly as sent", () => {
    expect(formatAmount("1234.5678", "ZZZ")).toBe("1234.5678");
    expect(formatAmount("1e5", "USD")).toBe("1e5");
  });

  it("appends the currency code", () => {
    expect(formatMoney("1500", "JPY")).toBe("1,500 JPY");
  });
});

describe("sums", () => {
  it("adds decimals exactly where floats would not", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumAmounts(["0.1", "0.2"]).total).toBe("0.3");
    expect(sumAmounts(["9007199254740993.01", "0.01"]).total).toBe("9007199254740993.02");
    expect(sumAmounts(["1", "oops", "-3.5"])).toEqual({ total: "-2.5", skipped: 1 });
  });

  it("totals per currency and never across them, at each currency's scale", () => {
    const rows = [
      { amount: "10.10", currency: "EUR" },
      { amount: "1000", currency: "JPY" },
      { amount: "0.05", currency: "EUR" },
      { amount: "1.5", currency: "BHD" },
      { amount: "5", currency: "ZZZ" },
      { amount: "0.001", currency: "USD" },
      { amount: "2.004", currency: "USD" },
    ];
    expect(totalsByCurrency(rows, (r) => r.amount, (r) => r.currency)).toEqual([
      { currency: "BHD", total: "1.500", count: 1 },
      { currency: "EUR", total: "10.15", count: 2 },
      { currency: "JPY", total: "1000", count: 1 },
      { currency: "USD", total: "2.005", count: 2 },
      { currency: "ZZZ", total: "5", count: 1 },
    ]);
  });

  it("knows a debit", () => {
    expect(isNegative("-0.01")).toBe(true);
    expect(isNegative("-0.00")).toBe(false);
    expect(isNegative("12")).toBe(false);
  });
});
