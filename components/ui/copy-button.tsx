"use client";

import { useState } from "react";
import { announce } from "./announcer";
import { CheckIcon, CopyIcon } from "./icons";

async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  // Older or insecure contexts: the selection-and-copy fallback.
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  document.execCommand("copy");
  area.remove();
}

interface CopyButtonProps {
  value: string;
  /** What is copied, for the accessible name: "Copy payout ID". */
  label: string;
  className?: string;
}

/** How long the tick shows after a copy. */
const TICK_MS = 1_500;

// Built once: React does not re-render an element it is handed again unchanged, and a table
// re-renders a copy button in every row that scrolls into view.
const COPY_ICON = <CopyIcon className="size-3.5" />;
const COPIED_ICON = <CheckIcon className="size-3.5 text-status-done" />;

/** Copies an ID; a tick and a polite announcement (through the app's one live region) confirm it. */
export function CopyButton({ value, label, className = "" }: CopyButtonProps) {
  // The value copied, not a flag: a table row's element may be handed to another row, whose
  // button must not show the tick.
  const [copiedValue, setCopiedValue] = useState<string | undefined>(undefined);
  const name = `Copy ${label}`;

  return (
    <button
      type="button"
      aria-label={name}
      title={name}
      onClick={(event) => {
        event.stopPropagation();
        writeClipboard(value).then(() => {
          setCopiedValue(value);
          announce(`Copied ${label}`);
          // Clears its own tick only; after unmounting, this does nothing.
          setTimeout(() => setCopiedValue((shown) => (shown === value ? undefined : shown)), TICK_MS);
        }, () => undefined);
      }}
      className={`inline-flex size-6 shrink-0 items-center justify-center rounded text-gray-500 hover:bg-gray-100 hover:text-gray-700 ${className}`}
    >
      {copiedValue === value ? COPIED_ICON : COPY_ICON}
    </button>
  );
}
