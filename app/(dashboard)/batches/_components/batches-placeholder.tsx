/** What the server sends for /batches: the page's frame with skeleton rows, no data, no zone. */
export function BatchesPlaceholder() {
  return (
    <div className="flex h-[calc(100dvh-5.5rem)] min-h-[32rem] flex-col gap-3" aria-busy="true">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Batches</h1>
        <p className="text-sm text-gray-500">Newest first</p>
      </div>
      <div className="flex gap-2" aria-hidden="true">
        <span className="h-8 w-24 animate-pulse rounded-md bg-gray-200/70" />
      </div>
      <div role="status" aria-label="Loading batches" className="min-h-0 flex-1 overflow-hidden rounded-lg border border-gray-200 bg-white">
        <div className="h-9 border-b border-gray-200 bg-gray-50" />
        {Array.from({ length: 12 }, (_, index) => (
          <div key={index} className="flex h-10 items-center gap-6 border-b border-gray-100 px-4">
            <span className="h-3 w-48 animate-pulse rounded bg-gray-200/80" />
            <span className="h-3 w-20 animate-pulse rounded bg-gray-200/80" />
            <span className="h-3 w-32 animate-pulse rounded bg-gray-200/80" />
            <span className="ml-auto h-3 w-24 animate-pulse rounded bg-gray-200/80" />
          </div>
        ))}
      </div>
    </div>
  );
}
