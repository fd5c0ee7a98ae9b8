/** What the server sends for /transactions: the page's frame with skeletons, no data, no zone. */
export function TransactionsPlaceholder() {
  return (
    <div className="flex h-[calc(100dvh-5.5rem)] min-h-[36rem] flex-col gap-3" aria-busy="true">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Transactions</h1>
        <p className="text-sm text-gray-500">Every movement on your accounts, newest first</p>
      </div>
      <div className="flex gap-2" aria-hidden="true">
        {Array.from({ length: 4 }, (_, index) => (
          <span key={index} className="h-[5.75rem] w-52 animate-pulse rounded-lg border border-gray-200 bg-white" />
        ))}
      </div>
      <div className="flex gap-2" aria-hidden="true">
        {[32, 20, 22, 36].map((width, index) => (
          <span key={index} className="h-8 animate-pulse rounded-md bg-gray-200/70" style={{ width: `${width * 4}px` }} />
        ))}
      </div>
      <div role="status" aria-label="Loading transactions" className="min-h-0 flex-1 overflow-hidden rounded-lg border border-gray-200 bg-white">
        <div className="h-9 border-b border-gray-200 bg-gray-50" />
        {Array.from({ length: 12 }, (_, index) => (
          <div key={index} className="flex h-10 items-center gap-6 border-b border-gray-100 px-4">
            <span className="h-3 w-32 animate-pulse rounded bg-gray-200/80" />
            <span className="h-3 w-20 animate-pulse rounded bg-gray-200/80" />
            <span className="h-3 w-16 animate-pulse rounded bg-gray-200/80" />
            <span className="h-3 w-24 animate-pulse rounded bg-gray-200/80" />
            <span className="h-3 w-48 animate-pulse rounded bg-gray-200/80" />
          </div>
        ))}
      </div>
    </div>
  );
}
