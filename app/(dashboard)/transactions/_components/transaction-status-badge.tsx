import { StatusBadge } from "@/components/ui/status-badge";
import { isKnownTransactionStatus, transactionStatusLabel, transactionStatusTone } from "@/lib/transaction-labels";

/** A known status by its name; one Anton added since, neutral and exactly as sent. */
export function TransactionStatusBadge({ status }: { status: string }) {
  const known = isKnownTransactionStatus(status);
  return <StatusBadge label={transactionStatusLabel(status)} tone={transactionStatusTone(status)} known={known} />;
}
