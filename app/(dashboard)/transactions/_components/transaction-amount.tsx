import { formatAmount, isNegative } from "@/lib/money";

/**
 * A signed amount in its currency's format: debits keep their minus sign and take the
 * debit colour, so they read as negative without the colour too. The code is its own column.
 */
export function TransactionAmount({ amount, currency }: { amount: string; currency: string }) {
  const debit = isNegative(amount);
  return (
    <span data-debit={debit || undefined} className={`font-medium whitespace-nowrap tabular-nums ${debit ? "text-status-stopped" : "text-gray-900"}`}>
      {formatAmount(amount, currency)}
    </span>
  );
}
