"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False during the server render and hydration, true after. Views that depend on the
 * browser's time zone or storage render their skeleton until then, so the server's zone
 * never leaks into the HTML and hydration never disagrees.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
