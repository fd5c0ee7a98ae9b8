"use client";

import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/api/api-error";
import { useBalances, type Balance } from "@/lib/api/balances";
import { formatDateTime } from "@/lib/dates";
import { formatAmount, isNegative } from "@/lib/money";

function Amount({ amount, currency, className = "" }: { amount: string; currency: string; className?: string }) {
  return <span className={`tabular-nums whitespace-nowrap ${isNegative(amount) ? "text-status-stopped" : ""} ${className}`}>{formatAmount(amount, currency)}</span>;
}

function BalanceCard({ balance, timeZone }: { balance: Balance; timeZone: string }) {
  const { currency } = balance;
  return (
    <div className="max-w-80 min-w-52 flex-1 rounded-lg border border-gray-200 bg-white px-3.5 py-2.5" data-currency={currency}>
      <div className="flex items-baseline justify-between gap-3">
        <h3 className="text-sm font-semibold text-gray-900">{currency}</h3>
        <span className="text-[0.7rem] text-gray-500">
          as of <time dateTime={balance.updated_at} title={`${formatDateTime(balance.updated_at, "UTC")} UTC`}>{formatDateTime(balance.updated_at, timeZone).slice(0, 16)}</time>
        </span>
      </div>
      <dl className="mt-1 grid grid-cols-[auto_1fr] items-baseline gap-x-4 text-sm">
        <dt className="text-xs text-gray-500">Available</dt>
        <dd className="text-right">
          <Amount amount={balance.available} currency={currency} className="text-base font-semibold" />
        </dd>
        <dt className="text-xs text-gray-500">Pending</dt>
        <dd className="text-right text-gray-700">
          <Amount amount={balance.pending} currency={currency} />
        </dd>
        <dt className="text-xs text-gray-500">Total</dt>
        <dd className="text-right text-gray-700">
          <Amount amount={balance.total} currency={currency} />
        </dd>
      </dl>
    </div>
  );
}

function BalancesSkeleton() {
  return (
    <div role="status" aria-label="Loading balances" className="flex gap-2">
      {Array.from({ length: 4 }, (_, index) => (
        <div key={index} aria-hidden="true" className="h-[5.75rem] w-52 shrink-0 animate-pulse rounded-lg border border-gray-200 bg-white p-3">
          <span className="block h-3 w-10 rounded bg-gray-200/80" />
          <span className="mt-3 block h-4 w-32 rounded bg-gray-200/80" />
          <span className="mt-2 block h-3 w-24 rounded bg-gray-200/80" />
        </div>
      ))}
    </div>
  );
}

function BalancesError({ error, retrying, onRetry }: { error: unknown; retrying: boolean; onRetry: () => void }) {
  const apiError = error instanceof ApiError ? error : undefined;
  return (
    <div role="alert" className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-status-stopped/25 bg-status-stopped-bg/50 px-3 py-2 text-sm">
      <span className="font-medium text-gray-900">Balances could not be loaded.</span>
      <span className="text-gray-700">{apiError?.message ?? "Something went wrong."}</span>
      {apiError?.requestId && (
        <span className="text-xs text-gray-600">
          Request ID <code className="font-mono select-all">{apiError.requestId}</code>
        </span>
      )}
      <Button size="sm" onClick={onRetry} disabled={retrying}>
        {retrying ? "Retrying…" : "Retry"}
      </Button>
    </div>
  );
}

/** Available, pending and total per account currency, never added across currencies. */
export function BalancesStrip({ timeZone }: { timeZone: string }) {
  const balances = useBalances();
  return (
    <section aria-labelledby="balances-heading" className="shrink-0">
      <h2 id="balances-heading" className="sr-only">
        Balances
      </h2>
      {balances.isPending ? (
        <BalancesSkeleton />
      ) : balances.isError ? (
        <BalancesError error={balances.error} retrying={balances.isFetching} onRetry={() => void balances.refetch()} />
      ) : balances.data.length === 0 ? (
        <p className="text-sm text-gray-500">No funding accounts yet.</p>
      ) : (
        <div className="flex gap-2 overflow-x-auto pb-0.5" tabIndex={0} role="group" aria-label="Balance per currency">
          {balances.data.map((balance) => (
            <BalanceCard key={balance.id} balance={balance} timeZone={timeZone} />
          ))}
        </div>
      )}
    </section>
  );
}
