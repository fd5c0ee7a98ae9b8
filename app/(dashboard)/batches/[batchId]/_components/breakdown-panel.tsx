import type { UseQueryResult } from "@tanstack/react-query";
import type { BatchBreakdown } from "@/lib/api/batches";
import { PayoutStatusBadge } from "../../../payouts/_components/payout-status-badge";
import { MoneyList } from "../../_components/money-list";
import { toTableError } from "@/components/data-table/table-error";
import { CompletenessNote } from "./completeness-note";
import { Panel, PanelError, PanelLoading } from "./panel";
import { StatusShareBar } from "./status-share-bar";

const count = new Intl.NumberFormat("en-US");
const cell = "px-4 py-2 align-top";

interface BreakdownPanelProps {
  query: UseQueryResult<BatchBreakdown>;
  /** Payouts the batch says it created: the "of M" of a partial breakdown. */
  expectedRows: number;
  onShowStatus: (status: string) => void;
  className?: string;
}

/** The whole batch by status (read on the server, every row): counts and per-currency amounts. */
export function BreakdownPanel({ query, expectedRows, onShowStatus, className }: BreakdownPanelProps) {
  const breakdown = query.data;
  return (
    <Panel title="Breakdown by status" className={className} aside={breakdown && <CompletenessNote breakdown={breakdown} expectedRows={expectedRows} />}>
      {(headingId) =>
        breakdown ? (
          breakdown.rows === 0 ? (
            <p className="px-4 py-6 text-sm text-gray-600">No payouts yet: they are created once the batch is confirmed and processed.</p>
          ) : (
            <>
              <StatusShareBar statuses={breakdown.statuses} total={breakdown.totals.count} />
              <div className="overflow-x-auto">
                <table aria-labelledby={headingId} className="w-full text-sm">
                  <thead className="text-left text-xs tracking-wide text-gray-500 uppercase">
                    <tr>
                      <th scope="col" className={`${cell} font-medium`}>Status</th>
                      <th scope="col" className={`${cell} text-right font-medium`}>Payouts</th>
                      <th scope="col" className={`${cell} text-right font-medium`}>Source amount</th>
                      <th scope="col" className={`${cell} text-right font-medium`}>Total debited</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-gray-100">
                    {breakdown.statuses.map((status) => (
                      <tr key={status.status} data-status={status.status}>
                        <th scope="row" className={`${cell} text-left font-normal`}>
                          <button type="button" onClick={() => onShowStatus(status.status)} className="rounded-full hover:ring-2 hover:ring-brand/30" title="Show only these payouts below">
                            <PayoutStatusBadge status={status.status} />
                            <span className="sr-only">: show these payouts</span>
                          </button>
                        </th>
                        <td className={`${cell} text-right font-medium tabular-nums`}>{count.format(status.count)}</td>
                        <td className={cell}><MoneyList amounts={status.source_amount} /></td>
                        <td className={cell}><MoneyList amounts={status.total_debited} /></td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot className="border-t border-gray-200 font-semibold">
                    <tr>
                      <th scope="row" className={`${cell} text-left`}>All payouts</th>
                      <td className={`${cell} text-right tabular-nums`}>{count.format(breakdown.totals.count)}</td>
                      <td className={cell}><MoneyList amounts={breakdown.totals.source_amount} /></td>
                      <td className={cell}><MoneyList amounts={breakdown.totals.total_debited} /></td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            </>
          )
        ) : query.isError ? (
          <PanelError what="The breakdown" error={toTableError(query.error, "the breakdown")} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : (
          <PanelLoading label="Reading every row of the batch…" />
        )
      }
    </Panel>
  );
}
