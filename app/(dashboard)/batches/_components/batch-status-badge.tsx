import { StatusBadge } from "@/components/ui/status-badge";
import { batchStatusTone, isKnownBatchStatus } from "@/lib/batches/batch-status";
import { humanizeCode } from "@/lib/payout-status";

/** A known batch status by its name; one Anton added since, neutral and exactly as sent. */
export function BatchStatusBadge({ status }: { status: string }) {
  const known = isKnownBatchStatus(status);
  return <StatusBadge label={known ? humanizeCode(status) : status} tone={batchStatusTone(status)} known={known} />;
}
