"use client";

import { useEffect, type RefObject } from "react";

// Where the reader was in a list, kept in sessionStorage under the list's URL, so Back from
// another page (with the rows still in React Query's cache) lands on the same row.

const storageKey = (key: string) => `data-table:scroll:${key}`;

export function readScrollOffset(key: string): number {
  try {
    const saved = Number(window.sessionStorage.getItem(storageKey(key)));
    return Number.isFinite(saved) && saved > 0 ? saved : 0;
  } catch {
    return 0;
  }
}

/** Saves the element's scrollTop under `key`, at most once a frame. */
export function useScrollMemory(ref: RefObject<HTMLElement | null>, key: string): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let frame = 0;
    const save = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        try {
          window.sessionStorage.setItem(storageKey(key), String(Math.round(element.scrollTop)));
        } catch {
          // Storage off: the place is simply not kept.
        }
      });
    };
    element.addEventListener("scroll", save, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener("scroll", save);
    };
  }, [ref, key]);
}
