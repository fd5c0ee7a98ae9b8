import "server-only";
import { cache } from "react";
import { getAntonClient, isAntonError, type Batch } from "@/lib/anton";
import { ID_PATTERNS } from "@/lib/filters/anton-vocabulary";

export type BatchLookup = { kind: "found"; batch: Batch } | { kind: "not_found" } | { kind: "unavailable" };

/**
 * The batch a page was asked for, read once per request (metadata and page share it).
 * A malformed or unknown ID is "not_found"; any other failure is "unavailable", so the
 * page still renders and its client view shows the error with Retry.
 */
export const findBatch = cache(async (id: string): Promise<BatchLookup> => {
  if (!ID_PATTERNS.batch.test(id)) return { kind: "not_found" };
  try {
    return { kind: "found", batch: await getAntonClient().getBatch(id) };
  } catch (error) {
    if (isAntonError(error) && error.status === 404) return { kind: "not_found" };
    return { kind: "unavailable" };
  }
});
