import { endOfDay, formatPlainDate, isDatePreset, parsePlainDate, plainDateAt, presetRange, startOfDay, toRfc3339, type DatePreset } from "@/lib/dates";
import type { FieldSpec } from "./query-spec";

// The page-only parameters every list page shares, next to its data filters: a relative
// date preset and the time zone dates are shown and computed in. They never go upstream.

const PRESET_OR_CUSTOM = /^(today|yesterday|last_(7|30|90)_days|this_month|last_month|this_quarter|year_to_date)$/;

export const listPageParams = {
  range: { kind: "pattern", pattern: PRESET_OR_CUSTOM, example: "last_7_days" },
  tz: { kind: "pattern", pattern: /^(utc|local)$/, example: "utc or local" },
} as const satisfies Record<string, FieldSpec>;

export type UrlPatch = Record<string, string | readonly string[] | undefined>;

/**
 * Applies a patch to a query: each named parameter is replaced (an array becomes repeated
 * values; undefined, "" or [] removes it); parameters not named are kept as they were,
 * invalid ones included, so the page keeps showing them as invalid until cleared.
 */
export function patchSearchParams(current: URLSearchParams, patch: UrlPatch): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [name, value] of Object.entries(patch)) {
    next.delete(name);
    if (value === undefined) continue;
    for (const item of typeof value === "string" ? [value] : value) if (item !== "") next.append(name, item);
  }
  return next;
}

/** Removes every parameter of `spec` (the filters) but keeps the ones named in `keep`. */
export function clearedSearchParams(current: URLSearchParams, keep: readonly string[]): URLSearchParams {
  const next = new URLSearchParams();
  for (const [name, value] of current) if (keep.includes(name)) next.append(name, value);
  return next;
}

export interface DateFilter {
  created_after?: string;
  created_before?: string;
}

/**
 * The created_after / created_before a list request sends: a preset wins and is computed
 * now in the page's zone; otherwise the custom range from the URL is sent as given.
 */
export function resolveDateFilter(range: string | undefined, custom: DateFilter, timeZone: string, now: Date): DateFilter {
  if (range && isDatePreset(range)) {
    const { start, end } = presetRange(range as DatePreset, now, timeZone);
    return { created_after: toRfc3339(start), created_before: toRfc3339(end) };
  }
  const result: DateFilter = {};
  if (custom.created_after) result.created_after = custom.created_after;
  if (custom.created_before) result.created_before = custom.created_before;
  return result;
}


/** Calendar dates "YYYY-MM-DD" typed by the reader, each optional. */
export interface CustomDates {
  from?: string;
  to?: string;
}

/** Custom dates in `timeZone` → the inclusive instant range the URL carries. */
export function customDatesToParams(dates: CustomDates, timeZone: string): DateFilter {
  const from = dates.from ? parsePlainDate(dates.from) : undefined;
  const to = dates.to ? parsePlainDate(dates.to) : undefined;
  const result: DateFilter = {};
  if (from) result.created_after = toRfc3339(startOfDay(from, timeZone));
  if (to) result.created_before = toRfc3339(endOfDay(to, timeZone));
  return result;
}

/** The URL's instants read back as calendar dates in `timeZone`, for the date inputs. */
export function paramsToCustomDates(filter: DateFilter, timeZone: string): CustomDates {
  const result: CustomDates = {};
  if (filter.created_after) result.from = formatPlainDate(plainDateAt(new Date(filter.created_after), timeZone));
  if (filter.created_before) result.to = formatPlainDate(plainDateAt(new Date(filter.created_before), timeZone));
  return result;
}

/**
 * Switching zones keeps the calendar dates the reader picked ("1–15 April") and moves
 * their boundaries to the new zone's midnights.
 */
export function reanchorCustomDates(filter: DateFilter, fromZone: string, toZone: string): DateFilter {
  return customDatesToParams(paramsToCustomDates(filter, fromZone), toZone);
}
