import { describe, expect, it } from "vitest";
import { ControlTotals } from "../control-totals";
import { cellOf, headerOf, selectColumns, type ExportColumn } from "../export-columns";
import { canonicalTimeZone } from "../time-zone";
import { timestampFormatter } from "../timestamp-format";

interface Row {
  text: string;
  amount: string;
  currency: string;
  at: string;
}

const columns: ExportColumn<Row>[] = [
  { key: "row", kind: "id", value: (_r, i) => i + 1, pinned: true },
  { key: "created_at", kind: "timestamp", value: (r) => r.at },
  { key: "reference", kind: "text", value: (r) => r.text },
  { key: "amount", kind: "amount", value: (r) => r.amount, currency: (r) => r.currency, with: ["currency"] },
  { key: "currency", kind: "text", value: (r) => r.currency },
  { key: "counterparty", kind: "id", value: (r) => r.text },
];
const [rowNumber, created, reference, amount, , counterparty] = columns as [ExportColumn<Row>, ExportColumn<Row>, ExportColumn<Row>, ExportColumn<Row>, ExportColumn<Row>, ExportColumn<Row>];
const utc = timestampFormatter("UTC");
const row = (over: Partial<Row> = {}): Row => ({ text: "x", amount: "1.00", currency: "EUR", at: "2026-04-15T14:30:00Z", ...over });

describe("cells by kind", () => {
  it.each(["=SUM(A1)", "+1", "-2+3", "@x", "\tx", "\rx"])("neutralises %j in text and id columns", (text) => {
    expect(cellOf(reference, row({ text }), 0, utc)).toBe(`'${text}`);
    expect(cellOf(counterparty, row({ text }), 0, utc)).toBe(`'${text}`);
  });

  it.each(["-12.50", "0", "1234567.891", "-0.000001", "99"])("keeps the amount %j exact, as a number", (value) => {
    expect(cellOf(amount, row({ amount: value }), 0, utc)).toBe(value);
  });

  it("neutralises an amount column's cell that is not an amount", () => {
    expect(cellOf(amount, row({ amount: "-1+2" }), 0, utc)).toBe("'-1+2");
    expect(cellOf(amount, row({ amount: "=1" }), 0, utc)).toBe("'=1");
  });

  it("writes an absent value as an empty cell and a row number from the index", () => {
    expect(cellOf({ key: "x", kind: "text", value: () => undefined }, row(), 0, utc)).toBe("");
    expect(cellOf(rowNumber, row(), 41, utc)).toBe("42");
  });
});

describe("timestamps in the chosen zone", () => {
  it.each([
    ["2026-04-15T14:30:00Z", "UTC", "2026-04-15 14:30:00"],
    ["2026-04-15T14:30:00Z", "Asia/Tokyo", "2026-04-15 23:30:00"],
    ["2026-04-15T23:30:00Z", "Asia/Tokyo", "2026-04-16 08:30:00"],
    // Paris springs forward at 01:00 UTC on 29 March 2026: 02:00–03:00 local never happens.
    ["2026-03-29T00:59:59Z", "Europe/Paris", "2026-03-29 01:59:59"],
    ["2026-03-29T01:00:00Z", "Europe/Paris", "2026-03-29 03:00:00"],
    // ...and falls back at 01:00 UTC on 25 October: 02:30 local happens twice.
    ["2026-10-25T00:30:00Z", "Europe/Paris", "2026-10-25 02:30:00"],
    ["2026-10-25T01:30:00Z", "Europe/Paris", "2026-10-25 02:30:00"],
    ["2026-03-08T07:00:00Z", "America/New_York", "2026-03-08 03:00:00"],
    ["2026-03-08T06:59:59Z", "America/New_York", "2026-03-08 01:59:59"],
  ])("%s in %s is %s", (iso, zone, expected) => {
    expect(cellOf(created, row({ at: iso }), 0, timestampFormatter(zone))).toBe(expected);
  });

  it("names the zone in the header of timestamp columns only", () => {
    expect(headerOf(created, "Europe/Paris")).toBe("created_at (Europe/Paris)");
    expect(headerOf(amount, "Europe/Paris")).toBe("amount");
  });

  it("neutralises a timestamp that is not one", () => {
    expect(cellOf(created, row({ at: "=now()" }), 0, utc)).toBe("'=now()");
  });

  it.each([
    ["UTC", "UTC"],
    ["utc", "UTC"],
    ["europe/paris", "Europe/Paris"],
    ["America/New_York", "America/New_York"],
    ["Mars/Olympus", undefined],
    ["+02:00", undefined],
    ["Europe/../etc", undefined],
    ["", undefined],
  ])("time zone %j is %j", (name, expected) => {
    expect(canonicalTimeZone(name)).toBe(expected);
  });
});

describe("choosing columns", () => {
  const keys = (chosen: ExportColumn<Row>[]) => chosen.map((c) => c.key);

  it("uses the defaults when none are asked for, and every column for `all`", () => {
    expect(keys(selectColumns(columns, ["created_at", "amount"], undefined))).toEqual(["row", "created_at", "amount", "currency"]);
    expect(keys(selectColumns(columns, ["created_at"], ["all"]))).toEqual(columns.map((c) => c.key));
  });

  it("keeps the definition order and brings an amount's currency along", () => {
    expect(keys(selectColumns(columns, [], ["amount", "reference"]))).toEqual(["row", "reference", "amount", "currency"]);
  });
});

describe("control totals", () => {
  it("sums exactly per column and currency, never across currencies", () => {
    const totals = new ControlTotals([amount]);
    const rows = [row({ amount: "0.1" }), row({ amount: "0.2" }), row({ amount: "-12.50", currency: "USD" }), row({ amount: "1.5", currency: "BHD" }), row({ amount: "n/a" })];
    rows.forEach((r, i) => totals.add(r, i));
    expect(totals.list()).toEqual([
      { column: "amount", currency: "BHD", total: "1.500", rows: 1 },
      { column: "amount", currency: "EUR", total: "0.30", rows: 2 },
      { column: "amount", currency: "USD", total: "-12.50", rows: 1 },
    ]);
  });
});
