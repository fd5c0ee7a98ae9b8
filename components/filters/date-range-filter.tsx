"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { CalendarIcon, CheckIcon } from "@/components/ui/icons";
import { Popover, usePopoverClose } from "@/components/ui/popover";
import { DATE_PRESET_LABELS, DATE_PRESETS, isDatePreset } from "@/lib/dates";
import { customDatesToParams, paramsToCustomDates, type CustomDates, type UrlPatch } from "@/lib/filters/url-state";
import type { PageTimeZone } from "./use-time-zone";

interface DateRangeFilterProps {
  /** A preset name from the URL's `range`, if any (it wins over custom dates). */
  range: string | undefined;
  createdAfter: string | undefined;
  createdBefore: string | undefined;
  timeZone: PageTimeZone;
  onChange: (patch: UrlPatch) => void;
}

const CLEAR_DATES: UrlPatch = { range: undefined, created_after: undefined, created_before: undefined };

function triggerText(range: string | undefined, from: string | undefined, to: string | undefined): string | null {
  if (range && isDatePreset(range)) return DATE_PRESET_LABELS[range];
  if (from && to) return `${from} – ${to}`;
  if (from) return `From ${from}`;
  if (to) return `Until ${to}`;
  return null;
}

/**
 * Created-date filter: relative presets (kept relative in the URL as `range`, so a shared
 * "last 7 days" link means the last 7 days when opened) or a custom pair of calendar days,
 * both counted midnight to midnight in the page's stated zone, end day included.
 */
export function DateRangeFilter({ range, createdAfter, createdBefore, timeZone, onChange }: DateRangeFilterProps) {
  const custom = paramsToCustomDates({ created_after: createdAfter, created_before: createdBefore }, timeZone.zone);
  const text = triggerText(range, custom.from, custom.to);

  return (
    <Popover
      panelLabel="Filter by created date"
      active={text !== null}
      trigger={
        <>
          <CalendarIcon className="size-4 text-gray-500" />
          {text ? <span>Created: {text}</span> : "Created date"}
        </>
      }
    >
      <DateRangePanel range={range} custom={range ? {} : custom} text={text} timeZone={timeZone} onChange={onChange} />
    </Popover>
  );
}

interface DateRangePanelProps {
  range: string | undefined;
  custom: CustomDates;
  text: string | null;
  timeZone: PageTimeZone;
  onChange: (patch: UrlPatch) => void;
}

function DateRangePanel({ range, custom, text, timeZone, onChange }: DateRangePanelProps) {
  const close = usePopoverClose();
  return (
    <div className="w-72 p-1">
      <div className="grid grid-cols-2 gap-0.5">
        {[undefined, ...DATE_PRESETS].map((preset) => {
          const current = preset === undefined ? text === null : range === preset;
          return (
            <button
              key={preset ?? "any"}
              type="button"
              aria-pressed={current}
              onClick={() => {
                onChange({ ...CLEAR_DATES, range: preset });
                close();
              }}
              className={`flex items-center justify-between rounded px-2 py-1.5 text-left text-sm ${current ? "bg-brand-soft font-medium text-brand" : "hover:bg-gray-50"}`}
            >
              {preset ? DATE_PRESET_LABELS[preset] : "Any date"}
              {current && <CheckIcon className="size-3.5" />}
            </button>
          );
        })}
      </div>
      <CustomRange
        initialFrom={custom.from ?? ""}
        initialTo={custom.to ?? ""}
        onApply={(from, to) => {
          onChange({ ...CLEAR_DATES, ...customDatesToParams({ from, to }, timeZone.zone) });
          close();
        }}
      />
      <p className="border-t border-gray-100 px-2 pt-2 pb-1 text-xs text-gray-500">Days run midnight to midnight in {timeZone.label}.</p>
    </div>
  );
}

function CustomRange({ initialFrom, initialTo, onApply }: { initialFrom: string; initialTo: string; onApply: (from: string, to: string) => void }) {
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const invalid = from !== "" && to !== "" && from > to;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!invalid && (from || to)) onApply(from, to);
  }

  return (
    <form onSubmit={submit} className="mt-1 border-t border-gray-100 px-2 pt-2 pb-2">
      <p className="mb-1.5 text-xs font-semibold tracking-wide text-gray-500 uppercase">Custom range</p>
      <div className="flex items-end gap-2">
        <label className="flex-1 text-xs text-gray-600">
          From
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} className="mt-0.5 block w-full rounded border border-gray-300 px-1.5 py-1 text-sm" />
        </label>
        <label className="flex-1 text-xs text-gray-600">
          To (inclusive)
          <input
            type="date"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            aria-invalid={invalid}
            aria-describedby={invalid ? "custom-range-error" : undefined}
            className="mt-0.5 block w-full rounded border border-gray-300 px-1.5 py-1 text-sm aria-invalid:border-status-stopped"
          />
        </label>
      </div>
      {invalid && (
        <p id="custom-range-error" className="mt-1 text-xs text-status-stopped">
          The end date is before the start date.
        </p>
      )}
      <Button type="submit" size="sm" variant="primary" className="mt-2 w-full" disabled={invalid || (!from && !to)}>
        Apply range
      </Button>
    </form>
  );
}
