"use client";

import { useSyncExternalStore } from "react";

// One polite live region for the whole app. Brief confirmations ("Copied payout ID") are
// announced from here rather than from a live region inside every control: a table would
// otherwise carry one per row, re-rendered with the row on every scroll frame.

interface Announcement {
  /** Distinct for every call, so the same words twice are announced twice. */
  id: number;
  message: string;
}

/** How long an announcement stays in the region, where a reader moving through the page could meet it again. */
const CLEAR_AFTER_MS = 5_000;

const NOTHING: Announcement = { id: 0, message: "" };

let current = NOTHING;
let clearTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function show(message: string): void {
  current = { id: current.id + 1, message };
  for (const listener of listeners) listener();
}

/** Has screen readers say `message` politely, once. */
export function announce(message: string): void {
  show(message);
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => show(""), CLEAR_AFTER_MS);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The live region; rendered once, in the root layout. */
export function Announcer() {
  const { id, message } = useSyncExternalStore(subscribe, () => current, () => NOTHING);
  return (
    <div role="status" aria-live="polite" className="sr-only" data-testid="announcer">
      {/* A new node per announcement: screen readers announce additions to a live region. */}
      {message && <span key={id}>{message}</span>}
    </div>
  );
}
