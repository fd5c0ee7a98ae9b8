"use client";

import { useMemo } from "react";
import { useUrlFilters } from "@/components/filters/use-url-filters";
import { batchFilterSpec, type BatchFilters } from "@/lib/filters/list-queries";
import { toSearchParams } from "@/lib/filters/query-spec";

const FILTER_NAMES = Object.keys(batchFilterSpec);

/** /batches's URL: the batch status filter, under the data API's own name (`status`, repeated). */
export function useBatchesUrl() {
  const url = useUrlFilters(batchFilterSpec, FILTER_NAMES);
  const apiFilters = useMemo<BatchFilters>(() => (url.values.status ? { status: url.values.status } : {}), [url.values.status]);
  // The list's identity: where its scroll position is remembered.
  const listKey = `/batches?${toSearchParams(batchFilterSpec, url.values)}`;
  return { ...url, apiFilters, listKey };
}

export type BatchesUrl = ReturnType<typeof useBatchesUrl>;
