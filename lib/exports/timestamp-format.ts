import { wallClock } from "@/lib/dates";

// Export timestamps: `YYYY-MM-DD HH:mm:ss` on the chosen zone's wall clock. Asking Intl for
// every cell (formatToParts) costs ~20 µs, most of an export's CPU; a zone's offset rarely
// changes, so it is asked once per hour of the timeline and the clock computed from it.

const HOUR = 3_600_000;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The zone's offset from UTC at `ms` (a whole second), from Intl. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(new Date(ms), timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - ms;
}

/**
 * A formatter for one zone. An hour that starts with the same offset as the next hour has it
 * throughout (no zone changes its offset twice within an hour, so a change inside the hour
 * would show as a difference); the hour of a change is answered by Intl second by second.
 * An unparsable value comes back as it is.
 */
export function timestampFormatter(timeZone: string): (value: string) => string {
  const startOffsets = new Map<number, number>();
  const startOffset = (hour: number): number => {
    let offset = startOffsets.get(hour);
    if (offset === undefined) {
      offset = offsetAt(hour * HOUR, timeZone);
      startOffsets.set(hour, offset);
    }
    return offset;
  };
  const offsetOf = (ms: number): number => {
    const hour = Math.floor(ms / HOUR);
    const offset = startOffset(hour);
    return offset === startOffset(hour + 1) ? offset : offsetAt(ms - (((ms % 1000) + 1000) % 1000), timeZone);
  };
  return (value) => {
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) return value;
    const local = new Date(ms + offsetOf(ms));
    return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  };
}
