import { formatAmount, isNegative } from "@/lib/money";

interface MoneyProps {
  amount: string | undefined;
  currency: string | undefined;
  className?: string;
}

/** An amount in its currency's own format (from the decimal string) and the code beside it. */
export function Money({ amount, currency, className = "" }: MoneyProps) {
  if (amount === undefined || currency === undefined) return <span className="text-gray-500">—</span>;
  return (
    <span className={`tabular-nums whitespace-nowrap ${isNegative(amount) ? "text-status-stopped" : ""} ${className}`}>
      {formatAmount(amount, currency)}{" "}
      <span className="text-[0.7rem] font-medium text-gray-500">{currency}</span>
    </span>
  );
}
