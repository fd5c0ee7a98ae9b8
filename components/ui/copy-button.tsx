"use client";

import { useEffect, useState } from "react";
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

/** Copies an ID; a tick and a polite announcement confirm it. */
export function CopyButton({ value, label, className = "" }: CopyButtonProps) {
  // The value copied, not a flag: a table row's element may be handed to another row, whose
  // button must not show the tick.
  const [copiedValue, setCopiedValue] = useState<string | undefined>(undefined);
  const copied = copiedValue === value;

  useEffect(() => {
    if (copiedValue === undefined) return;
    const timer = window.setTimeout(() => setCopiedValue(undefined), 1500);
    return () => window.clearTimeout(timer);
  }, [copiedValue]);

  return (
    <button
      type="button"
      aria-label={`Copy ${label}`}
      title={`Copy ${label}`}
      onClick={(event) => {
        event.stopPropagation();
        writeClipboard(value).then(() => setCopiedValue(value), () => undefined);
      }}
      className={`inline-flex size-6 shrink-0 items-center justify-center rounded text-gray-500 hover:bg-gray-100 hover:text-gray-700 ${className}`}
    >
      {copied ? <CheckIcon className="size-3.5 text-status-done" /> : <CopyIcon className="size-3.5" />}
      <span role="status" className="sr-only">
        {copied ? "Copied" : ""}
      </span>
    </button>
  );
}
