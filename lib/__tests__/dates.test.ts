import { describe, expect, it } from "vitest";
import {
  addDays,
  endOfDay,
  formatDateTime,
  formatDuration,
  parsePlainDate,
  presetRange,
  resolveTimeZone,
  startOfDay,
  type DatePreset,
} from "../dates";

const iso = (range: { start: Date; end: Date }) => [range.start.toISOString(), range.end.toISOString()];

describe("presetRange in UTC", () => {
  const now = new Date("2026-04-15T10:20:30Z");
  it.each<[DatePreset, string, string]>([
    ["today", "2026-04-15T00:00:00.000Z", "2026-04-15T23:59:59.999Z"],
    ["yesterday", "2026-04-14T00:00:00.000Z", "2026-04-14T23:59:59.999Z"],
    ["last_7_days", "2026-04-09T00:00:00.000Z", "2026-04-15T23:59:59.999Z"],
    ["last_30_days", "2026-03-17T00:00:00.000Z", "2026-04-15T23:59:59.999Z"],
    ["last_90_days", "2026-01-16T00:00:00.000Z", "2026-04-15T23:59:59.999Z"],
    ["this_month", "2026-04-01T00:00:00.000Z", "2026-04-15T23:59:59.999Z"],
    ["last_month", "2026-03-01T00:00:00.000Z", "2026-03-31T23:59:59.999Z"],
    ["this_quarter", "2026-04-01T00:00:00.000Z", "2026-04-15T23:59:59.999Z"],
    ["year_to_date", "2026-01-01T00:00:00.000Z", "2026-04-15T23:59:59.999Z"],
  ])("%s → %s … %s", (preset, start, end) => {
    expect(iso(presetRange(preset, now, "UTC"))).toEqual([start, end]);
  });
});

describe("month, quarter and year boundaries", () => {
  it("last month from January is December of the year before", () => {
    expect(iso(presetRange("last_month", new Date("2026-01-10T12:00:00Z"), "UTC"))).toEqual([
      "2025-12-01T00:00:00.000Z",
      "2025-12-31T23:59:59.999Z",
    ]);
  });

  it("last month knows February's length in leap and common years", () => {
    expect(iso(presetRange("last_month", new Date("2028-03-05T12:00:00Z"), "UTC"))[1]).toBe("2028-02-29T23:59:59.999Z");
    expect(iso(presetRange("last_month", new Date("2026-03-05T12:00:00Z"), "UTC"))[1]).toBe("2026-02-28T23:59:59.999Z");
  });

  it("this quarter starts in the quarter's first month", () => {
    expect(presetRange("this_quarter", new Date("2026-12-31T12:00:00Z"), "UTC").start.toISOString()).toBe("2026-10-01T00:00:00.000Z");
    expect(presetRange("this_quarter", new Date("2026-03-31T12:00:00Z"), "UTC").start.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("uses the zone's date, not UTC's, to decide what today is", () => {
    // 23:30 UTC on 31 March is already 1 April in Berlin (UTC+2 in summer).
    const now = new Date("2026-03-31T23:30:00Z");
    expect(iso(presetRange("this_month", now, "Europe/Berlin"))).toEqual(["2026-03-31T22:00:00.000Z", "2026-04-01T21:59:59.999Z"]);
    expect(iso(presetRange("last_month", now, "Europe/Berlin"))).toEqual(["2026-02-28T23:00:00.000Z", "2026-03-31T21:59:59.999Z"]);
    expect(presetRange("this_month", now, "UTC").start.toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });

  it("goes back across the year in a zone west of UTC", () => {
    // 02:00 UTC on 1 January is still 31 December in New York.
    expect(iso(presetRange("year_to_date", new Date("2026-01-01T02:00:00Z"), "America/New_York"))).toEqual([
      "2025-01-01T05:00:00.000Z",
      "2026-01-01T04:59:59.999Z",
    ]);
  });
});

describe("daylight saving time", () => {
  it("a spring-forward day lasts 23 hours", () => {
    const day = { year: 2026, month: 3, day: 29 };
    expect(startOfDay(day, "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(endOfDay(day, "Europe/Berlin").toISOString()).toBe("2026-03-29T21:59:59.999Z");
  });

  it("a fall-back day lasts 25 hours", () => {
    const day = { year: 2026, month: 11, day: 1 };
    expect(startOfDay(day, "America/New_York").toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(endOfDay(day, "America/New_York").toISOString()).toBe("2026-11-02T04:59:59.999Z");
  });

  it("last 7 days spanning the change keeps local midnights at both ends", () => {
    expect(iso(presetRange("last_7_days", new Date("2026-03-10T15:00:00Z"), "America/New_York"))).toEqual([
      "2026-03-04T05:00:00.000Z",
      "2026-03-11T03:59:59.999Z",
    ]);
  });

  it("where midnight is skipped, the day starts when the clock jumps", () => {
    // Chile moves its clocks from 00:00 to 01:00 on the first Sunday of September.
    const start = startOfDay({ year: 2026, month: 9, day: 6 }, "America/Santiago");
    expect(start.toISOString()).toBe("2026-09-06T04:00:00.000Z");
    expect(formatDateTime(start.toISOString(), "America/Santiago")).toBe("2026-09-06 01:00:00");
    expect(endOfDay({ year: 2026, month: 9, day: 5 }, "America/Santiago").toISOString()).toBe("2026-09-06T03:59:59.999Z");
  });
});

describe("helpers", () => {
  it("maps the choice to a zone", () => {
    expect(resolveTimeZone("utc", "Asia/Tokyo")).toBe("UTC");
    expect(resolveTimeZone("local", "Asia/Tokyo")).toBe("Asia/Tokyo");
  });

  it("parses only real calendar dates", () => {
    expect(parsePlainDate("2026-02-28")).toEqual({ year: 2026, month: 2, day: 28 });
    expect(parsePlainDate("2026-02-30")).toBeUndefined();
    expect(parsePlainDate("26-2-3")).toBeUndefined();
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
  });

  it("reads UTC without Intl exactly as Intl reads it, across years, leap days and second boundaries", () => {
    const viaIntl = new Intl.DateTimeFormat("en-US", { timeZone: "Etc/UTC", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    let seed = 11;
    for (let i = 0; i < 2_000; i++) {
      seed = (seed * 48271) % 2147483647;
      const instant = new Date(Date.UTC(1999, 0, 1) + (seed / 2147483647) * 40 * 365 * 86_400_000);
      const parts = Object.fromEntries(viaIntl.formatToParts(instant).map((part) => [part.type, part.value]));
      expect(formatDateTime(instant.toISOString(), "UTC")).toBe(`${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`);
    }
    expect(formatDateTime("2028-02-29T23:59:59.999Z", "UTC")).toBe("2028-02-29 23:59:59");
  });

  it("formats a timestamp on the zone's clock", () => {
    expect(formatDateTime("2026-04-15T14:30:05Z", "UTC")).toBe("2026-04-15 14:30:05");
    expect(formatDateTime("2026-04-15T14:30:05Z", "Asia/Kolkata")).toBe("2026-04-15 20:00:05");
    expect(formatDateTime("not a date", "UTC")).toBe("not a date");
  });

  it.each([
    [45_000, "45 s"],
    [12 * 60_000, "12 min"],
    [3 * 3600_000, "3 h"],
    [3 * 3600_000 + 5 * 60_000, "3 h 5 min"],
    [2 * 86_400_000 + 4 * 3600_000, "2 d 4 h"],
    [-1, "—"],
  ])("duration %d ms → %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
