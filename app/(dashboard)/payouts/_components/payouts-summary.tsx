import { useMemo, useState } from "react";
import type { Payout } from "@/lib/api/types";
import { formatAmount } from "@/lib/money";
import { currencyRows, extendTotals } from "./loaded-totals";

const count = new Intl.NumberFormat("en-US");

/** What the loaded rows add up to, and plainly that it is only the loaded rows. */
export function PayoutsSummary({ payouts, complete }: { payouts: readonly Payout[]; complete: boolean }) {
  // Kept from the last render so that a new page adds its own rows to the totals; this is
  // React's pattern for "information from previous renders", not an effect.
  const [totals, setTotals] = useState(() => extendTotals(undefined, payouts));
  let current = totals;
  if (totals.rows !== payouts) {
    current = extendTotals(totals, payouts);
    setTotals(current);
  }
  const rows = useMemo(() => currencyRows(current), [current]);
  if (payouts.length === 0) return null;
  return (
    <section aria-label="Totals of loaded payouts" tabIndex={0} className="flex shrink-0 items-stretch gap-2 overflow-x-auto pb-0.5 text-sm">
      <div className="flex shrink-0 flex-col justify-center rounded-lg border border-gray-200 bg-white px-3 py-1.5">
        <span className="text-xs text-gray-500">{complete ? "Totals over all matching payouts" : "Totals over loaded rows only"}</span>
        <span className="font-semibold tabular-nums">
          <span data-testid="loaded-count">{count.format(payouts.length)}</span> payouts loaded
        </span>
      </div>
      <dl className="flex gap-2">
        {rows.map((row) => (
          <div key={row.currency} className="shrink-0 rounded-lg border border-gray-200 bg-white px-3 py-1.5" data-currency={row.currency}>
            <dt className="flex items-baseline gap-1.5 text-xs text-gray-500">
              <span className="font-semibold text-gray-900">{row.currency}</span>
              {count.format(row.payouts)} {row.payouts === 1 ? "payout" : "payouts"}
            </dt>
            <dd className="flex gap-3 whitespace-nowrap tabular-nums">
              <span>
                <span className="text-xs text-gray-500">Source </span>
                {row.source ? formatAmount(row.source, row.currency) : "—"}
              </span>
              <span>
                <span className="text-xs text-gray-500">Debited </span>
                <span className="font-medium">{row.debited ? formatAmount(row.debited, row.currency) : "—"}</span>
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
