import { ApiError } from "@/lib/api/api-error";
import type { DataTableError } from "./data-table-states";

/** What a failed list request shows: the message, Anton's request id, any wait asked for. */
export function toTableError(error: unknown, what: string): DataTableError {
  if (error instanceof ApiError) return { message: error.message, requestId: error.requestId, retryAfter: error.retryAfter };
  return { message: `Something went wrong while loading ${what}.` };
}
