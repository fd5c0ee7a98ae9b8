"use client";

import { useEffect, useRef } from "react";
import { Popover } from "@/components/ui/popover";
import { usePendingValue } from "@/components/ui/use-pending-value";

export interface FacetGroup {
  label: string;
  options: readonly { value: string; label: string }[];
}

interface FacetedFilterProps {
  /** "Status": the trigger's text and the panel's name. */
  title: string;
  groups: readonly FacetGroup[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
}

function GroupCheckbox({ label, state, onToggle }: { label: string; state: "all" | "some" | "none"; onToggle: () => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === "some";
  }, [state]);
  return (
    <label className="flex cursor-pointer items-center gap-2 rounded px-2 py-1 text-xs font-semibold tracking-wide text-gray-500 uppercase hover:bg-gray-50">
      <input ref={ref} type="checkbox" className="size-3.5 accent-brand" checked={state === "all"} onChange={onToggle} aria-label={`All ${label.toLowerCase()}`} />
      {label}
    </label>
  );
}

/**
 * A multi-select of many values in named groups, each group selectable at once. Values
 * keep the order of the groups whatever order they were ticked in, so equal selections
 * give equal URLs.
 */
export function FacetedFilter({ title, groups, selected: fromUrl, onChange }: FacetedFilterProps) {
  const [selected, setSelected] = usePendingValue<readonly string[]>(fromUrl, fromUrl.join(","));
  const order = groups.flatMap((group) => group.options.map((option) => option.value));
  const chosen = new Set(selected);
  const commit = (next: Set<string>) => {
    const values = order.filter((value) => next.has(value));
    setSelected(values);
    onChange(values);
  };
  const labelOf = new Map(groups.flatMap((group) => group.options.map((option) => [option.value, option.label] as const)));

  const summary = selected.length === 0 ? null : selected.length <= 2 ? selected.map((value) => labelOf.get(value) ?? value).join(", ") : `${selected.length} selected`;

  return (
    <Popover
      panelLabel={`Filter by ${title.toLowerCase()}`}
      active={selected.length > 0}
      trigger={
        // One text node, so the accessible name reads "Status: Failed", not "Status : Failed".
        <span className="max-w-64 truncate">{summary ? `${title}: ${summary}` : title}</span>
      }
    >
        <div className="max-h-[70vh] w-64 overflow-y-auto p-1">
          {groups.map((group) => {
            const values = group.options.map((option) => option.value);
            const count = values.filter((value) => chosen.has(value)).length;
            const state = count === 0 ? "none" : count === values.length ? "all" : "some";
            return (
              <fieldset key={group.label} className="mb-1 border-b border-gray-100 pb-1 last:mb-0 last:border-0">
                <legend className="sr-only">{group.label}</legend>
                <GroupCheckbox
                  label={group.label}
                  state={state}
                  onToggle={() => {
                    const next = new Set(chosen);
                    for (const value of values) {
                      if (state === "all") next.delete(value);
                      else next.add(value);
                    }
                    commit(next);
                  }}
                />
                {group.options.map((option) => (
                  <label key={option.value} className="flex cursor-pointer items-center gap-2 rounded py-1 pr-2 pl-6 text-sm hover:bg-gray-50">
                    <input
                      type="checkbox"
                      className="size-4 accent-brand"
                      checked={chosen.has(option.value)}
                      onChange={(event) => {
                        const next = new Set(chosen);
                        if (event.target.checked) next.add(option.value);
                        else next.delete(option.value);
                        commit(next);
                      }}
                    />
                    {option.label}
                  </label>
                ))}
              </fieldset>
            );
          })}
          {selected.length > 0 && (
            <button type="button" className="w-full rounded px-2 py-1.5 text-left text-xs text-brand hover:bg-gray-50" onClick={() => commit(new Set())}>
              Clear {title.toLowerCase()}
            </button>
          )}
        </div>
    </Popover>
  );
}
