import type { BatchBreakdown } from "@/lib/api/batches";

const count = new Intl.NumberFormat("en-US");

/** Whether the breakdown covers every row of the batch, said in words, not only in colour. */
export function CompletenessNote({ breakdown, expectedRows }: { breakdown: BatchBreakdown; expectedRows: number }) {
  if (breakdown.complete) {
    return (
      <p data-testid="breakdown-completeness" className="rounded-full bg-status-done-bg px-2.5 py-0.5 text-xs font-medium text-status-done">
        Complete: all {count.format(breakdown.rows)} {breakdown.rows === 1 ? "payout" : "payouts"} read
      </p>
    );
  }
  const of = Math.max(expectedRows, breakdown.rows);
  return (
    <p
      data-testid="breakdown-completeness"
      className="rounded-full bg-status-attention-bg px-2.5 py-0.5 text-xs font-medium text-status-attention"
      title={`A breakdown reads at most ${count.format(breakdown.row_bound)} rows.`}
    >
      Partial: {count.format(breakdown.rows)} of {count.format(of)} rows read
    </p>
  );
}
