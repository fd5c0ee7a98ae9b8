"use client";

import type { ColumnVisibilityState, Updater } from "@tanstack/react-table";
import { useCallback, useState } from "react";

const storageKey = (tableId: string) => `data-table:${tableId}:columns`;

function readSaved(tableId: string): ColumnVisibilityState | undefined {
  try {
    const raw = window.localStorage.getItem(storageKey(tableId));
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    if (typeof parsed !== "object" || parsed === null) return undefined;
    return Object.fromEntries(Object.entries(parsed).filter(([, visible]) => typeof visible === "boolean")) as ColumnVisibilityState;
  } catch {
    return undefined; // storage disabled or a corrupt entry: fall back to the defaults
  }
}

/**
 * Which columns the user shows, remembered per table in localStorage. Only mounted in the
 * browser (list views render after hydration), so reading storage on first render is safe.
 */
export function useColumnVisibility(tableId: string, defaults: ColumnVisibilityState) {
  const [visibility, setVisibility] = useState<ColumnVisibilityState>(() => ({ ...defaults, ...(typeof window === "undefined" ? {} : readSaved(tableId)) }));

  const update = useCallback(
    (updater: Updater<ColumnVisibilityState>) => {
      setVisibility((current) => {
        const next = typeof updater === "function" ? updater(current) : updater;
        try {
          window.localStorage.setItem(storageKey(tableId), JSON.stringify(next));
        } catch {
          // Private mode: the choice lasts for this page only.
        }
        return next;
      });
    },
    [tableId],
  );

  return [visibility, update] as const;
}
