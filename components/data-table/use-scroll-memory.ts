"use client";

import { useLayoutEffect, type RefObject } from "react";

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

/** Once scrolling has paused this long, the place is written down. */
const SAVE_AFTER_MS = 200;

/**
 * Keeps the element's scrollTop under `key`: when scrolling pauses, and when the list goes
 * (a link followed, the filters changed). Not on every scroll frame: a storage write a
 * frame is work a fast scroll does not have time for. (A full page load starts without
 * the rows, so it never restores a place anyway.)
 */
export function useScrollMemory(ref: RefObject<HTMLElement | null>, key: string): void {
  // A layout effect: its cleanup runs while the element is still in the document, so the
  // place can be read there. The scroll handler reads nothing: after the table re-renders
  // for the new position, reading scrollTop there would force a layout mid-frame.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let unsaved = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      if (!unsaved) return;
      unsaved = false;
      try {
        window.sessionStorage.setItem(storageKey(key), String(Math.round(element.scrollTop)));
      } catch {
        // Storage off: the place is simply not kept.
      }
    };
    const onScroll = () => {
      unsaved = true;
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_AFTER_MS);
    };
    element.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      save();
      element.removeEventListener("scroll", onScroll);
    };
  }, [ref, key]);
}
