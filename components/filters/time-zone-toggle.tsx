"use client";

import type { TimeZoneChoice } from "@/lib/dates";
import type { PageTimeZone } from "./use-time-zone";
import { usePendingValue } from "@/components/ui/use-pending-value";

/** Local or UTC, stated plainly: every date on the page is shown and filtered in it. */
export function TimeZoneToggle({ timeZone, onChange }: { timeZone: PageTimeZone; onChange: (choice: TimeZoneChoice) => void }) {
  const [choice, setChoice] = usePendingValue(timeZone.choice, timeZone.choice);
  const options: { value: TimeZoneChoice; label: string; title: string }[] = [
    { value: "local", label: "Local", title: timeZone.choice === "local" ? timeZone.zone : "Your browser's time zone" },
    { value: "utc", label: "UTC", title: "Coordinated Universal Time" },
  ];
  return (
    <fieldset className="flex items-center gap-2 text-sm">
      <legend className="sr-only">Time zone</legend>
      <span className="text-xs text-gray-500" aria-hidden="true">
        Time zone
      </span>
      <div className="inline-flex rounded-md border border-gray-300 bg-white p-0.5 shadow-xs">
        {options.map((option) => (
          <label
            key={option.value}
            title={option.title}
            className={`cursor-pointer rounded px-2 py-0.5 text-xs font-medium has-focus-visible:outline-2 has-focus-visible:outline-brand ${choice === option.value ? "bg-brand text-white" : "text-gray-700 hover:bg-gray-100"}`}
          >
            <input type="radio" name="time-zone" value={option.value} checked={choice === option.value}
              onChange={() => {
                setChoice(option.value);
                onChange(option.value);
              }} className="sr-only" />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
