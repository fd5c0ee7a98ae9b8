"use client";

import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";

interface DrawerProps {
  open: boolean;
  onClose: () => void;
  /** id of the heading that names the drawer. */
  labelledBy: string;
  onKeyDown?: (event: KeyboardEvent<HTMLDialogElement>) => void;
  children: ReactNode;
}

/**
 * A side panel on the native modal <dialog>: the browser traps focus, makes the page
 * behind inert, closes on Escape and hands focus back to where it was on close.
 */
export function Drawer({ open, onClose, labelledBy, onKeyDown, children }: DrawerProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // The panel itself takes focus, so arrow keys step at once and nothing is pre-pressed.
      dialog.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      tabIndex={-1}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        if (open) onClose();
      }}
      onKeyDown={onKeyDown}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) onClose();
      }}
      className="fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-dvh w-full max-w-2xl border-l border-gray-200 bg-white p-0 text-gray-900 shadow-2xl outline-none backdrop:bg-gray-900/25"
    >
      {open && children}
    </dialog>
  );
}
