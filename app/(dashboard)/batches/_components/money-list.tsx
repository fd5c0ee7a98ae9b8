import { Money } from "@/components/ui/money";
import type { CurrencyAmount } from "@/lib/batches/breakdown-tally";

interface MoneyListProps {
  amounts: readonly CurrencyAmount[] | undefined;
  /** One line per currency (tables with room) or side by side (a single table row). */
  layout?: "stack" | "inline";
  className?: string;
}

/** Amounts in several currencies, each in its own format: listed, never added together. */
export function MoneyList({ amounts, layout = "stack", className = "" }: MoneyListProps) {
  if (!amounts || amounts.length === 0) return <span className="text-gray-500">—</span>;
  return (
    <ul className={`${layout === "stack" ? "flex flex-col items-end gap-0.5" : "flex justify-end gap-3 overflow-hidden"} ${className}`}>
      {amounts.map(({ currency, amount }) => (
        <li key={currency}>
          <Money amount={amount} currency={currency} />
        </li>
      ))}
    </ul>
  );
}
