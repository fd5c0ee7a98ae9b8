import type { ReactNode } from "react";
import { Money } from "@/components/ui/money";
import type { Payout } from "@/lib/api/types";
import { feeBearerLabel, fixedSideLabel } from "@/lib/payout-labels";

function Line({ label, children, strong = false, note }: { label: string; children: ReactNode; strong?: boolean; note?: string }) {
  return (
    <div className={`flex items-baseline justify-between gap-4 py-1.5 ${strong ? "border-t border-gray-200 font-semibold" : ""}`}>
      <dt className="text-sm text-gray-600">
        {label}
        {note && <span className="ml-1.5 text-xs text-gray-500">{note}</span>}
      </dt>
      <dd className="text-right text-sm">{children}</dd>
    </div>
  );
}

/** What was debited and why: source + fee + buffer = total debited, then what arrives. */
export function PayoutEconomics({ payout }: { payout: Payout }) {
  const rate = payout.exchange_rate === undefined ? undefined : String(payout.exchange_rate);
  return (
    <dl>
      <Line label="Source amount">
        <Money amount={payout.source_amount} currency={payout.source_currency} />
      </Line>
      <Line label="Fee" note={`${feeBearerLabel(payout.fee_bearer)} · ${payout.fee_finalized ? "final" : "estimated"}`}>
        <Money amount={payout.fee} currency={payout.fee_currency} />
      </Line>
      <Line label="Buffer">
        <Money amount={payout.buffer_amount} currency={payout.buffer_currency} />
      </Line>
      <Line label="Total debited" strong>
        <Money amount={payout.total_debited} currency={payout.total_debited_currency} />
      </Line>
      <Line label="FX rate">
        <span className="tabular-nums">{rate ? `1 ${payout.source_currency} = ${rate} ${payout.dest_currency}` : "No conversion"}</span>
      </Line>
      <Line label="Beneficiary receives" strong note={fixedSideLabel(payout.fixed_side)}>
        <Money amount={payout.dest_amount} currency={payout.dest_currency} />
      </Line>
    </dl>
  );
}
