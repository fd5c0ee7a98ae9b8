import { toSearchParams, type QuerySpec, type QueryValues } from "@/lib/filters/query-spec";
import type { BatchPayoutFilters, PayoutFilters, TransactionFilters } from "@/lib/filters/list-queries";
import {
  ALL_COLUMNS,
  BATCH_PAYOUT_EXPORT_COLUMNS,
  batchPayoutExportSpec,
  PAYOUT_EXPORT_COLUMNS,
  payoutExportSpec,
  TRANSACTION_EXPORT_COLUMNS,
  transactionExportSpec,
} from "@/lib/exports/export-queries";
import { apiErrorFrom } from "./api-error";
import { ExportProgress } from "./export-progress";

// The browser's side of a CSV export: the URL for the current filters, and a download that
// reports rows as they arrive, can be cancelled, and tells a complete file from a failed one.

export type ExportTarget =
  | { kind: "payouts"; filters: PayoutFilters }
  | { kind: "batch-payouts"; batchId: string; filters: BatchPayoutFilters }
  | { kind: "transactions"; filters: TransactionFilters };

export interface ExportChoice {
  /** IANA zone (or UTC) the timestamps are written in. */
  timeZone: string;
  /** `all`, or the table's visible column ids (those the export does not know are left out). */
  columns: typeof ALL_COLUMNS | readonly string[];
}

function query<S extends QuerySpec>(spec: S, known: readonly string[], filters: QueryValues<S>, choice: ExportChoice): string {
  const columns = choice.columns === ALL_COLUMNS ? [ALL_COLUMNS] : choice.columns.filter((key) => known.includes(key));
  // No known visible column (an odd table state): the server's defaults rather than a 400.
  return toSearchParams(spec, { ...filters, tz: choice.timeZone, ...(columns.length ? { columns } : {}) }).toString();
}

export function exportPath(target: ExportTarget, choice: ExportChoice): string {
  switch (target.kind) {
    case "payouts":
      return `/api/exports/payouts.csv?${query(payoutExportSpec, PAYOUT_EXPORT_COLUMNS, target.filters, choice)}`;
    case "batch-payouts":
      return `/api/exports/batches/${encodeURIComponent(target.batchId)}/payouts.csv?${query(batchPayoutExportSpec, BATCH_PAYOUT_EXPORT_COLUMNS, target.filters, choice)}`;
    case "transactions":
      return `/api/exports/transactions.csv?${query(transactionExportSpec, TRANSACTION_EXPORT_COLUMNS, target.filters, choice)}`;
  }
}

/** An export that did not produce a whole file; no file is saved. */
export class ExportFailedError extends Error {
  readonly name = "ExportFailedError";
  constructor(
    readonly rows: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

export interface DownloadedExport {
  blob: Blob;
  fileName: string;
  rows: number;
}

function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "");
  return match?.[1] ?? fallback;
}

/**
 * Downloads an export into memory, calling `onProgress` with the rows received so far.
 * Resolves only with a complete file (its summary arrived and counts every row); rejects
 * with ExportFailedError otherwise, or with the abort reason when `signal` aborts.
 */
export async function downloadExport(path: string, { signal, onProgress }: { signal: AbortSignal; onProgress: (rows: number) => void }): Promise<DownloadedExport> {
  let response: Response;
  try {
    response = await fetch(path, { signal, cache: "no-store", headers: { Accept: "text/csv" } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ExportFailedError(0, "network_error", "The dashboard cannot be reached. Check your connection.");
  }
  if (!response.ok || !response.body) {
    const error = await apiErrorFrom(response);
    const message = response.status === 401 ? "Your session has ended. Sign in again, then export." : error.message;
    throw new ExportFailedError(0, error.code, message, error.requestId);
  }

  const progress = new ExportProgress();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const reader = response.body.getReader();
  let cut = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      progress.push(value);
      onProgress(progress.rows);
    }
  } catch (error) {
    if (signal.aborted) throw error;
    cut = true;
  }
  const failure = progress.failure();
  if (failure) throw new ExportFailedError(failure.rows, failure.code, "Anton failed while the export was running.", failure.requestId);
  if (cut || !progress.complete()) throw new ExportFailedError(progress.rows, "incomplete_export", "The download was cut off before the file was complete.");
  return { blob: new Blob(chunks, { type: "text/csv;charset=utf-8" }), fileName: fileNameOf(response, "export.csv"), rows: progress.rows };
}

/** Hands a downloaded file to the browser's save flow. */
export function saveFile({ blob, fileName }: DownloadedExport): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: the download has its own reference by then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
