"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { downloadExport, ExportFailedError, saveFile } from "@/lib/api/exports";

export type ExportState =
  | { status: "idle" }
  | { status: "running"; rows: number }
  | { status: "done"; rows: number; fileName: string }
  | { status: "cancelled"; rows: number }
  | { status: "failed"; rows: number; message: string; requestId?: string };

/**
 * One export at a time: start it with its URL, follow its rows, cancel it (which aborts
 * the request, so the server stops reading Anton). Leaving the page cancels it too.
 */
export function useCsvExport() {
  const [state, setState] = useState<ExportState>({ status: "idle" });
  const running = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(async (path: string) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    let rows = 0;
    setState({ status: "running", rows });
    try {
      const file = await downloadExport(path, {
        signal: controller.signal,
        onProgress: (count) => {
          rows = count;
          setState({ status: "running", rows });
        },
      });
      saveFile(file);
      setState({ status: "done", rows: file.rows, fileName: file.fileName });
    } catch (error) {
      if (controller.signal.aborted) {
        if (running.current === controller) setState({ status: "cancelled", rows });
      } else if (error instanceof ExportFailedError) {
        setState({ status: "failed", rows: error.rows, message: error.message, ...(error.requestId ? { requestId: error.requestId } : {}) });
      } else {
        setState({ status: "failed", rows, message: "The export could not be completed." });
      }
    } finally {
      if (running.current === controller) running.current = undefined;
    }
  }, []);

  const cancel = useCallback(() => running.current?.abort(), []);
  const dismiss = useCallback(() => setState({ status: "idle" }), []);

  return { state, start, cancel, dismiss };
}
