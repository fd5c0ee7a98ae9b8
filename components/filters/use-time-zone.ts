"use client";

import { useMemo } from "react";
import { resolveTimeZone, type TimeZoneChoice } from "@/lib/dates";

export interface PageTimeZone {
  choice: TimeZoneChoice;
  /** The IANA zone dates are computed and shown in. */
  zone: string;
  /** What the page states: "UTC" or "Europe/Berlin (local)". */
  label: string;
}

/** The page's zone from its `tz` parameter (absent means the browser's own). Client-only. */
export function useTimeZone(tz: string | undefined): PageTimeZone {
  const choice: TimeZoneChoice = tz === "utc" ? "utc" : "local";
  return useMemo(() => {
    const zone = resolveTimeZone(choice);
    return { choice, zone, label: choice === "utc" ? "UTC" : `${zone} (local)` };
  }, [choice]);
}
