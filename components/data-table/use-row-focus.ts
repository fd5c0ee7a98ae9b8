"use client";

import type { Virtualizer } from "@tanstack/react-virtual";
import { useCallback, useRef, useState, type KeyboardEvent, type RefObject } from "react";

const PAGE_STEP = 10;

function rowElement(region: HTMLElement | null, index: number): HTMLElement | null {
  return region?.querySelector<HTMLElement>(`[data-row-index="${index}"]`) ?? null;
}

/**
 * Keyboard use of a virtualised table: one row at a time is in the tab order (roving
 * tabindex); arrows, Page Up/Down, Home and End move focus, scrolling the row into view
 * first because it may not be rendered yet; Enter activates the focused row.
 */
export function useRowFocus(regionRef: RefObject<HTMLDivElement | null>, virtualizer: Virtualizer<HTMLDivElement, Element>, rowCount: number, onActivate: (index: number) => void) {
  const [focusIndex, setFocusIndex] = useState(0);
  const pending = useRef<number | null>(null);

  const focusRow = useCallback(
    (index: number) => {
      if (rowCount === 0) return;
      const target = Math.max(0, Math.min(rowCount - 1, index));
      setFocusIndex(target);
      pending.current = target;
      virtualizer.scrollToIndex(target, { align: "auto" });
      // The row may appear only after the virtualiser's next frame: keep trying briefly.
      let attempts = 0;
      const tryFocus = () => {
        const element = rowElement(regionRef.current, target);
        if (element && pending.current === target) {
          element.focus({ preventScroll: true });
          pending.current = null;
        } else if (pending.current === target && attempts++ < 10) {
          requestAnimationFrame(tryFocus);
        }
      };
      requestAnimationFrame(tryFocus);
    },
    [rowCount, virtualizer, regionRef],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      const onRegion = target === regionRef.current;
      const rowIndex = target.dataset.rowIndex === undefined ? undefined : Number(target.dataset.rowIndex);
      if (!onRegion && rowIndex === undefined) return; // a button or link inside a row keeps its keys
      const current = rowIndex ?? Math.max(focusIndex, virtualizer.getVirtualItems()[0]?.index ?? 0);
      const moves: Record<string, number> = {
        ArrowDown: rowIndex === undefined ? current : current + 1,
        ArrowUp: current - 1,
        PageDown: current + PAGE_STEP,
        PageUp: current - PAGE_STEP,
        Home: 0,
        End: rowCount - 1,
      };
      const next = moves[event.key];
      if (next !== undefined) {
        event.preventDefault();
        focusRow(next);
      } else if (event.key === "Enter" && rowIndex !== undefined) {
        event.preventDefault();
        onActivate(rowIndex);
      }
    },
    [focusIndex, focusRow, onActivate, regionRef, rowCount, virtualizer],
  );

  // Fewer rows than before (new filters): the roving tab stop falls back onto the last one.
  return { focusIndex: Math.min(focusIndex, Math.max(0, rowCount - 1)), setFocusIndex, focusRow, onKeyDown };
}
