"use client";

import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { buttonClass } from "./button";
import { ChevronDownIcon } from "./icons";

interface PopoverProps {
  /** The trigger's content; its text is the trigger's accessible name. */
  trigger: ReactNode;
  /** Names the panel for assistive technology: "Filter by status". */
  panelLabel: string;
  align?: "start" | "end";
  /** Highlights the trigger when its filter is in use. */
  active?: boolean;
  children: ReactNode;
}

const CloseContext = createContext<() => void>(() => {});

/** Inside a popover's panel: closes it and hands focus back to its button. */
export function usePopoverClose(): () => void {
  return useContext(CloseContext);
}

/**
 * A button that opens a small non-modal panel below it. Escape, a click outside, or
 * tabbing out closes it; Escape returns focus to the button.
 */
export function Popover({ trigger, panelLabel, align = "start", active = false, children }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const close = useCallback(() => {
    setOpen(false);
    triggerRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>("input, button, select, [tabindex='0']")?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  return (
    <div
      ref={wrapperRef}
      className="relative"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          event.stopPropagation();
          close();
        }
      }}
      onBlur={(event) => {
        if (open && event.relatedTarget && !wrapperRef.current?.contains(event.relatedTarget as Node)) setOpen(false);
      }}
    >
      <button
        ref={triggerRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
        className={buttonClass("secondary", "md", active ? "border-brand/40 bg-brand-soft text-brand hover:bg-brand-soft" : "")}
      >
        {trigger}
        <ChevronDownIcon className="size-3.5 text-gray-500" />
      </button>
      {open && (
        <div
          ref={panelRef}
          id={panelId}
          role="dialog"
          aria-label={panelLabel}
          className={`absolute top-full z-30 mt-1 min-w-56 rounded-lg border border-gray-200 bg-white p-1 shadow-lg ring-1 ring-black/5 ${align === "end" ? "right-0" : "left-0"}`}
        >
          <CloseContext value={close}>{children}</CloseContext>
        </div>
      )}
    </div>
  );
}
