import type { Column, RowData } from "@tanstack/react-table";
import { columnMeta, type DataTableFeatures } from "./data-table-features";

const WIDTHS = ["w-3/4", "w-1/2", "w-2/3", "w-5/6"];

/** Placeholder rows drawn from the same visible columns, so nothing jumps when data lands. */
export function DataTableSkeleton<Row extends RowData>({
  columns,
  template,
  rowHeight,
  rows = 12,
}: {
  columns: Column<DataTableFeatures, Row, unknown>[];
  template: string;
  rowHeight: number;
  rows?: number;
}) {
  return (
    <div role="status" aria-label="Loading rows" aria-busy="true">
      {Array.from({ length: rows }, (_, rowIndex) => (
        <div key={rowIndex} aria-hidden="true" className="grid items-center border-b border-gray-100 px-2" style={{ gridTemplateColumns: template, height: rowHeight }}>
          {columns.map((column, columnIndex) => (
            <div key={column.id} className={`flex px-2 ${columnMeta(column.columnDef.meta).align === "end" ? "justify-end" : ""}`}>
              <span className={`h-3 animate-pulse rounded bg-gray-200/80 ${WIDTHS[(rowIndex + columnIndex) % WIDTHS.length]}`} />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
