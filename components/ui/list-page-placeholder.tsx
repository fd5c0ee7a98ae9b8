import type { ReactNode } from "react";

interface ListPagePlaceholderProps {
  title: string;
  subtitle: string;
  /** "payouts": names the loading status for screen readers. */
  noun: string;
  /** The toolbar's controls, widths in px. */
  toolbar: readonly number[];
  /** Each skeleton row's cells, as Tailwind width classes ("w-32"; "ml-auto w-24" sits right). */
  cells: readonly string[];
  /** Whatever the page shows between its title and its toolbar (the balances strip). */
  children?: ReactNode;
  /** The view's own minimum height, so nothing jumps when it replaces this. */
  minHeightClass?: string;
}

/**
 * What the server sends for a list page whose view waits for the browser (its time zone, its
 * stored column choices): the page's frame with skeleton rows, no data.
 */
export function ListPagePlaceholder({ title, subtitle, noun, toolbar, cells, children, minHeightClass = "min-h-[32rem]" }: ListPagePlaceholderProps) {
  return (
    <div className={`flex h-[calc(100dvh-5.5rem)] flex-col gap-3 ${minHeightClass}`} aria-busy="true">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
        <p className="text-sm text-gray-500">{subtitle}</p>
      </div>
      {children}
      <div className="flex gap-2" aria-hidden="true">
        {toolbar.map((width, index) => (
          <span key={index} className="h-8 animate-pulse rounded-md bg-gray-200/70" style={{ width }} />
        ))}
      </div>
      <div role="status" aria-label={`Loading ${noun}`} className="min-h-0 flex-1 overflow-hidden rounded-lg border border-gray-200 bg-white">
        <div className="h-9 border-b border-gray-200 bg-gray-50" />
        {Array.from({ length: 12 }, (_, row) => (
          <div key={row} className="flex h-10 items-center gap-6 border-b border-gray-100 px-4">
            {cells.map((width, cell) => (
              <span key={cell} className={`h-3 animate-pulse rounded bg-gray-200/80 ${width}`} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
