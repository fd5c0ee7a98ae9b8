import type { RowData } from "@tanstack/react-table";
import type { ColumnLayout } from "./column-layout";

const WIDTHS = ["w-3/4", "w-1/2", "w-2/3", "w-5/6"];

/** Placeholder rows drawn from the same visible columns, so nothing jumps when data lands. */
export function DataTableSkeleton<Row extends RowData>({
  layouts,
  rowHeight,
  rows = 12,
}: {
  layouts: readonly ColumnLayout<Row>[];
  rowHeight: number;
  rows?: number;
}) {
  return (
    <div role="status" aria-label="Loading rows" aria-busy="true">
      {Array.from({ length: rows }, (_, rowIndex) => (
        <div key={rowIndex} aria-hidden="true" className="flex items-center border-b border-gray-100 px-2" style={{ height: rowHeight }}>
          {layouts.map(({ column, style, alignEnd }, columnIndex) => (
            <div key={column.id} className={`flex min-w-0 px-2 ${alignEnd ? "justify-end" : ""}`} style={style}>
              <span className={`h-3 animate-pulse rounded bg-gray-200/80 ${WIDTHS[(rowIndex + columnIndex) % WIDTHS.length]}`} />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
