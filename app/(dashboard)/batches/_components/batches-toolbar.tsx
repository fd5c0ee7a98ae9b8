"use client";

import { FacetedFilter, type FacetGroup } from "@/components/filters/faceted-filter";
import { Button } from "@/components/ui/button";
import { BATCH_STATUS_GROUPS } from "@/lib/batches/batch-status";
import { humanizeCode } from "@/lib/payout-status";
import type { BatchesUrl } from "./use-batches-url";

const STATUS_GROUPS: FacetGroup[] = BATCH_STATUS_GROUPS.map((group) => ({
  label: group.label,
  options: group.statuses.map((status) => ({ value: status, label: humanizeCode(status) })),
}));

/** The batch list's one filter, its status; it lives in the URL like every filter. */
export function BatchesToolbar({ url }: { url: BatchesUrl }) {
  return (
    <div className="flex flex-wrap items-center gap-2" role="search" aria-label="Filter batches">
      <FacetedFilter title="Status" groups={STATUS_GROUPS} selected={url.values.status ?? []} onChange={(status) => url.update({ status })} />
      {(url.hasFilters || url.problems.length > 0) && (
        <Button variant="ghost" onClick={url.clear}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
