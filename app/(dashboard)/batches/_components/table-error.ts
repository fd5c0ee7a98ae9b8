import type { DataTableError } from "@/components/data-table/data-table-states";
import { ApiError } from "@/lib/api/api-error";

/** What a failed batches request shows: the message, Anton's request id, any wait asked for. */
export function toTableError(error: unknown, what = "batches"): DataTableError {
  if (error instanceof ApiError) return { message: error.message, requestId: error.requestId, retryAfter: error.retryAfter };
  return { message: `Something went wrong while loading ${what}.` };
}
