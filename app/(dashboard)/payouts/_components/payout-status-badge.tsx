import { StatusBadge } from "@/components/ui/status-badge";
import { ALL_PAYOUT_STATUSES, humanizeCode, payoutStatusTone } from "@/lib/payout-status";

/** A known status by its name; one Anton added since, neutral and exactly as sent. */
export function PayoutStatusBadge({ status }: { status: string }) {
  const known = ALL_PAYOUT_STATUSES.includes(status);
  return <StatusBadge label={known ? humanizeCode(status) : status} tone={payoutStatusTone(status)} known={known} />;
}
