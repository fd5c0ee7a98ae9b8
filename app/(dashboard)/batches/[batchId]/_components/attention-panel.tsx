import type { UseQueryResult } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import type { BatchBreakdown } from "@/lib/api/batches";
import { humanizeCode } from "@/lib/payout-status";
import { PayoutStatusBadge } from "../../../payouts/_components/payout-status-badge";
import { MoneyList } from "../../_components/money-list";
import { toTableError } from "@/components/data-table/table-error";
import { Panel, PanelError, PanelLoading } from "./panel";

const count = new Intl.NumberFormat("en-US");
const cell = "px-4 py-2 align-top";

interface AttentionPanelProps {
  query: UseQueryResult<BatchBreakdown>;
  /** Whether the rows below already show only the rows needing attention. */
  filtered: boolean;
  onToggle: () => void;
  className?: string;
}

/** What went wrong and how much is at stake: rows needing attention by status and reason. */
export function AttentionPanel({ query, filtered, onToggle, className }: AttentionPanelProps) {
  const breakdown = query.data;
  const total = breakdown?.needs_attention_totals;
  return (
    <Panel
      title="Needs attention"
      className={className}
      aside={
        total && total.count > 0 ? (
          <Button size="sm" onClick={onToggle} aria-pressed={filtered}>
            {filtered ? "Show all rows" : `Show these ${count.format(total.count)} rows`}
          </Button>
        ) : undefined
      }
    >
      {(headingId) =>
        breakdown && total ? (
          total.count === 0 ? (
            <p className="px-4 py-6 text-sm text-gray-600">
              Nothing needs attention{breakdown.complete ? "" : " among the rows read"}: no payout failed, was returned, blocked or cancelled, or waits in manual review.
            </p>
          ) : (
            <div className="overflow-x-auto">
              <table aria-labelledby={headingId} className="w-full text-sm">
                <thead className="text-left text-xs tracking-wide text-gray-500 uppercase">
                  <tr>
                    <th scope="col" className={`${cell} font-medium`}>Status</th>
                    <th scope="col" className={`${cell} font-medium`}>Reason</th>
                    <th scope="col" className={`${cell} text-right font-medium`}>Payouts</th>
                    <th scope="col" className={`${cell} text-right font-medium`}>At risk</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-gray-100">
                  {breakdown.needs_attention.map((group) => (
                    <tr key={`${group.status}|${group.reason ?? ""}`}>
                      <td className={cell}><PayoutStatusBadge status={group.status} /></td>
                      <td className={`${cell} text-gray-700`}>
                        {group.reason ? <span title={group.reason}>{humanizeCode(group.reason)}</span> : <span className="text-gray-500">No reason given</span>}
                      </td>
                      <td className={`${cell} text-right font-medium tabular-nums`}>{count.format(group.count)}</td>
                      <td className={cell}><MoneyList amounts={group.amount_at_risk} /></td>
                    </tr>
                  ))}
                </tbody>
                <tfoot className="border-t border-gray-200 font-semibold">
                  <tr>
                    <th scope="row" colSpan={2} className={`${cell} text-left`}>All needing attention</th>
                    <td className={`${cell} text-right tabular-nums`}>{count.format(total.count)}</td>
                    <td className={cell}><MoneyList amounts={total.amount_at_risk} /></td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )
        ) : query.isError ? (
          <PanelError what="The needs-attention groups" error={toTableError(query.error, "the breakdown")} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : (
          <PanelLoading label="Grouping the rows that need attention…" />
        )
      }
    </Panel>
  );
}
