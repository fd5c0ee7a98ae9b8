// Calendar maths in a named IANA time zone, on top of Intl only (no date library, no
// reliance on the machine's zone). A "day" is a calendar day in that zone, so it may last
// 23 or 25 hours around a DST change, and may even start at 01:00 where midnight is skipped.

export type TimeZoneChoice = "local" | "utc";

export const DATE_PRESETS = [
  "today",
  "yesterday",
  "last_7_days",
  "last_30_days",
  "last_90_days",
  "this_month",
  "last_month",
  "this_quarter",
  "year_to_date",
] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];

export const DATE_PRESET_LABELS: Record<DatePreset, string> = {
  today: "Today",
  yesterday: "Yesterday",
  last_7_days: "Last 7 days",
  last_30_days: "Last 30 days",
  last_90_days: "Last 90 days",
  this_month: "This month",
  last_month: "Last month",
  this_quarter: "This quarter",
  year_to_date: "Year to date",
};

export function isDatePreset(value: string): value is DatePreset {
  return (DATE_PRESETS as readonly string[]).includes(value);
}

/** A calendar date with no zone: month 1..12. */
export interface PlainDate {
  year: number;
  month: number;
  day: number;
}

/** An instant range, both ends inclusive (Anton's created_before is `<=`). */
export interface InstantRange {
  start: Date;
  end: Date;
}

/** The IANA zone a choice stands for; "local" is whatever the browser runs in. */
export function resolveTimeZone(choice: TimeZoneChoice, localZone = Intl.DateTimeFormat().resolvedOptions().timeZone): string {
  return choice === "utc" ? "UTC" : localZone;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock extends PlainDate {
  hour: number;
  minute: number;
  second: number;
}

/** What a wall clock in `timeZone` shows at `instant`. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  // UTC needs no zone data, and tables format thousands of times: skip formatToParts.
  if (timeZone === "UTC") {
    return {
      year: instant.getUTCFullYear(),
      month: instant.getUTCMonth() + 1,
      day: instant.getUTCDate(),
      hour: instant.getUTCHours(),
      minute: instant.getUTCMinutes(),
      second: instant.getUTCSeconds(),
    };
  }
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Milliseconds the zone is ahead of UTC at `instant` (whole seconds; ms dropped). */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClock(new Date(instant), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The first instant at which the zone's clock reads `date` 00:00 or later. Where midnight
 * is skipped by a DST jump, that is the first moment after the jump.
 */
export function startOfDay(date: PlainDate, timeZone: string): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day);
  // Two passes settle the offset; a third check catches a skipped midnight.
  let guess = wall - offsetAt(wall, timeZone);
  guess = wall - offsetAt(guess, timeZone);
  if (comparePlainDates(plainDateAt(new Date(guess), timeZone), date) >= 0) return new Date(guess);
  // The clock jumped over midnight: the day begins at the jump. Search for it to the
  // second (a rare path, at most a few hours wide).
  let before = guess;
  let after = guess + 4 * 3600_000;
  while (after - before > 1000) {
    const middle = before + Math.floor((after - before) / 2000) * 1000;
    if (comparePlainDates(plainDateAt(new Date(middle), timeZone), date) >= 0) after = middle;
    else before = middle;
  }
  return new Date(after);
}

/** The last millisecond of `date` in the zone: created_before is inclusive. */
export function endOfDay(date: PlainDate, timeZone: string): Date {
  return new Date(startOfDay(addDays(date, 1), timeZone).getTime() - 1);
}

export function comparePlainDates(a: PlainDate, b: PlainDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function addDays(date: PlainDate, days: number): PlainDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function lastDayOfMonth(year: number, month: number): PlainDate {
  const d = new Date(Date.UTC(year, month, 0));
  return { year, month, day: d.getUTCDate() };
}

export function plainDateAt(instant: Date, timeZone: string): PlainDate {
  const { year, month, day } = wallClock(instant, timeZone);
  return { year, month, day };
}

/** The instant range a preset stands for at `now`. Ranges that run "to date" end today. */
export function presetRange(preset: DatePreset, now: Date, timeZone: string): InstantRange {
  const today = plainDateAt(now, timeZone);
  const days = (first: PlainDate, last: PlainDate): InstantRange => ({
    start: startOfDay(first, timeZone),
    end: endOfDay(last, timeZone),
  });
  switch (preset) {
    case "today":
      return days(today, today);
    case "yesterday":
      return days(addDays(today, -1), addDays(today, -1));
    case "last_7_days":
      return days(addDays(today, -6), today);
    case "last_30_days":
      return days(addDays(today, -29), today);
    case "last_90_days":
      return days(addDays(today, -89), today);
    case "this_month":
      return days({ ...today, day: 1 }, today);
    case "last_month": {
      const lastOfPrevious = addDays({ ...today, day: 1 }, -1);
      return days({ ...lastOfPrevious, day: 1 }, lastDayOfMonth(lastOfPrevious.year, lastOfPrevious.month));
    }
    case "this_quarter":
      return days({ year: today.year, month: today.month - ((today.month - 1) % 3), day: 1 }, today);
    case "year_to_date":
      return days({ year: today.year, month: 1, day: 1 }, today);
  }
}

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-04-15" → PlainDate, or undefined when it is not a real calendar date. */
export function parsePlainDate(value: string): PlainDate | undefined {
  const match = PLAIN_DATE.exec(value);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return comparePlainDates(addDays(date, 0), date) === 0 ? date : undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function formatPlainDate(date: PlainDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** RFC 3339 in UTC with milliseconds, the form the filters send. */
export function toRfc3339(instant: Date): string {
  return instant.toISOString();
}

/** "2026-04-15 16:30:00" as the zone's clock shows it; the raw string when unparseable. */
export function formatDateTime(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const w = wallClock(instant, timeZone);
  return `${formatPlainDate(w)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** "45 s", "12 min", "3 h 5 min", "2 d 4 h": the two largest units, for lifecycle gaps. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "—";
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const daysCount = Math.floor(hours / 24);
  return hours % 24 ? `${daysCount} d ${hours % 24} h` : `${daysCount} d`;
}
