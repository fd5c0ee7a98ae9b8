"use client";

import { useLayoutEffect, useState } from "react";

/**
 * A function whose identity never changes and that calls the latest `callback`: for props
 * a memoised row compares (a new function would re-render every row).
 *
 * Also for memory: a row that skips rendering keeps the function it was last rendered with,
 * and a closure keeps its whole render's scope alive. A callback made anew whenever the rows
 * changed kept an earlier render's row model in memory beside the current one: 9,900 rows'
 * worth at 10,000 loaded, in a heap snapshot (bench/README.md). Any callback kept past its
 * render (a memoised one, one a child holds) keeps that render's rows the same way.
 */
export function useStableCallback<Args extends unknown[], Result>(callback: (...args: Args) => Result): (...args: Args) => Result {
  const [forwarder] = useState(() => createForwarder(callback));
  useLayoutEffect(() => {
    forwarder.update(callback);
  });
  return forwarder.call;
}

// Made outside the hook (exported for its test), so `call`'s scope holds the latest callback and nothing of the
// render that created it (V8 gives all the closures of one call a shared scope).
export function createForwarder<Args extends unknown[], Result>(first: (...args: Args) => Result) {
  let latest = first;
  return {
    call: (...args: Args): Result => latest(...args),
    update: (next: (...args: Args) => Result) => {
      latest = next;
    },
  };
}
