/** The batch page's frame while its view loads: header, panels and table as grey blocks. */
export function BatchPlaceholder() {
  return (
    <div className="flex flex-col gap-4" role="status" aria-label="Loading batch" aria-busy="true">
      <div className="h-4 w-40 animate-pulse rounded bg-gray-200/70" />
      <div className="h-36 animate-pulse rounded-lg border border-gray-200 bg-white" />
      <div className="grid gap-4 lg:grid-cols-5">
        <div className="h-56 animate-pulse rounded-lg border border-gray-200 bg-white lg:col-span-3" />
        <div className="h-56 animate-pulse rounded-lg border border-gray-200 bg-white lg:col-span-2" />
      </div>
      <div className="h-96 animate-pulse rounded-lg border border-gray-200 bg-white" />
    </div>
  );
}
