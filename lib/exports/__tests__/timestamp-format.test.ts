import { describe, expect, it } from "vitest";
import { expectedTime } from "@/test/export-helpers";
import { timestampFormatter } from "../timestamp-format";

// The formatter caches a zone's offset per hour; Intl itself (another locale's formatter,
// asked for every instant) is the reference it must agree with, DST hours included.

const ZONES = [
  "UTC",
  "Europe/Paris",
  "America/New_York",
  "America/St_Johns", // −3:30 / −2:30
  "Asia/Kathmandu", // +5:45
  "Australia/Lord_Howe", // DST shifts by 30 minutes, at 02:00 local (mid-hour in UTC)
  "Pacific/Chatham", // +12:45 / +13:45
  "America/Santiago",
];

/** A small deterministic generator, so a failure names a reproducible instant. */
function* instants(count: number, seed: number): Generator<number> {
  let state = seed;
  const from = Date.UTC(2019, 0, 1);
  const to = Date.UTC(2031, 0, 1);
  for (let i = 0; i < count; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    yield from + Math.floor((state / 2 ** 31) * (to - from) / 1000) * 1000;
  }
}

/** Every second of the hours in which a zone's offset changes in 2026, and a minute either side. */
function transitionSeconds(timeZone: string): number[] {
  const seconds: number[] = [];
  const offset = (ms: number) => Date.parse(`${expectedTime(new Date(ms).toISOString(), timeZone).replace(" ", "T")}Z`) - ms;
  for (let hour = Date.UTC(2026, 0, 1); hour < Date.UTC(2027, 0, 1); hour += 3_600_000) {
    if (offset(hour) === offset(hour + 3_600_000)) continue;
    for (let ms = hour - 60_000; ms <= hour + 3_660_000; ms += 1000) seconds.push(ms);
  }
  return seconds;
}

describe("timestampFormatter", () => {
  it.each(ZONES)("agrees with Intl at random instants in %s", (zone) => {
    const format = timestampFormatter(zone);
    for (const ms of instants(1_500, zone.length)) {
      const iso = new Date(ms).toISOString();
      expect(format(iso), iso).toBe(expectedTime(iso, zone));
    }
  });

  it.each(["Europe/Paris", "Australia/Lord_Howe", "America/St_Johns"])("agrees with Intl for every second around the 2026 transitions in %s", (zone) => {
    const seconds = transitionSeconds(zone);
    expect(seconds.length).toBeGreaterThan(0);
    const format = timestampFormatter(zone);
    for (const ms of seconds) {
      const iso = new Date(ms).toISOString().replace(".000Z", "Z");
      if (format(iso) !== expectedTime(iso, zone)) expect(format(iso), iso).toBe(expectedTime(iso, zone));
    }
  });

  it("drops fractions of a second and returns what it cannot parse", () => {
    expect(timestampFormatter("UTC")("2026-04-15T14:30:05.987Z")).toBe("2026-04-15 14:30:05");
    expect(timestampFormatter("UTC")("yesterday")).toBe("yesterday");
  });
});
