import type { RowData } from "@tanstack/react-table";
import { memo } from "react";
import type { ColumnLayout } from "./column-layout";
import { DataTableColumnHeader } from "./data-table-column-header";

/** The sticky header row: every visible column, sized like the rows' cells. */
function DataTableHeaderView<Row extends RowData>({ layouts, height }: { layouts: readonly ColumnLayout<Row>[]; height: number }) {
  return (
    <div role="rowgroup" className="sticky top-0 z-10 border-b border-gray-200 bg-gray-50">
      <div role="row" aria-rowindex={1} className="flex items-center px-2" style={{ height }}>
        {layouts.map(({ column, index, style }) => (
          <div key={column.id} role="columnheader" aria-colindex={index + 1} className="min-w-0 px-2 text-xs font-medium tracking-wide text-gray-500 uppercase" style={style}>
            <DataTableColumnHeader meta={column.columnDef.meta} />
          </div>
        ))}
      </div>
    </div>
  );
}

// The table re-renders on every scroll frame; the header only when its columns change.
export const DataTableHeader = memo(DataTableHeaderView) as typeof DataTableHeaderView;
