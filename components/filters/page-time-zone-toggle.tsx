"use client";

import { resolveTimeZone } from "@/lib/dates";
import { reanchorCustomDates, type UrlPatch } from "@/lib/filters/url-state";
import { TimeZoneToggle } from "./time-zone-toggle";
import type { PageTimeZone } from "./use-time-zone";

interface PageTimeZoneToggleProps {
  /** The page's date state from its URL. */
  values: { range?: string; created_after?: string; created_before?: string };
  timeZone: PageTimeZone;
  update: (patch: UrlPatch) => void;
}

/**
 * Local or UTC for a whole list page, kept in the URL as `tz`. Custom dates keep their
 * calendar days in the new zone (their boundaries move to its midnights); presets
 * recompute by themselves.
 */
export function PageTimeZoneToggle({ values, timeZone, update }: PageTimeZoneToggleProps) {
  return (
    <TimeZoneToggle
      timeZone={timeZone}
      onChange={(choice) => {
        const tz = choice === "utc" ? "utc" : undefined;
        if (values.range) return update({ tz });
        const custom = { created_after: values.created_after, created_before: values.created_before };
        const moved = reanchorCustomDates(custom, timeZone.zone, resolveTimeZone(choice));
        update({ tz, created_after: moved.created_after, created_before: moved.created_before });
      }}
    />
  );
}
