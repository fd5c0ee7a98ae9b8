"use client";

import { useState } from "react";

/**
 * Shows what the reader just chose until the URL catches up. URL updates reach
 * useSearchParams a moment later (in a transition): a controlled checkbox would flick back
 * for that moment, and a second quick step would start from the stale value. `key`
 * identifies the URL's value; once it moves, the URL is the truth again.
 */
export function usePendingValue<T>(value: T, key: string): [T, (next: T) => void] {
  const [pending, setPending] = useState<{ key: string; value: T } | null>(null);
  // Adjusting state while rendering (React's pattern for "a prop changed"): drop a choice
  // the URL has caught up with, so it cannot resurface if the URL later returns to `key`.
  if (pending !== null && pending.key !== key) setPending(null);
  const shown = pending !== null && pending.key === key ? pending.value : value;
  return [shown, (next: T) => setPending({ key, value: next })];
}
