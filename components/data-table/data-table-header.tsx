import type { RowData } from "@tanstack/react-table";
import { memo } from "react";
import type { ColumnLayout } from "./column-layout";
import { DataTableColumnHeader } from "./data-table-column-header";
import type { DataTableInstance } from "./use-data-table";

/** The sticky header row, its cells sized like the rows' cells. */
function DataTableHeaderView<Row extends RowData>({ table, layouts, height }: { table: DataTableInstance<Row>; layouts: readonly ColumnLayout<Row>[]; height: number }) {
  return (
    <div role="rowgroup" className="sticky top-0 z-10 border-b border-gray-200 bg-gray-50">
      {table.getHeaderGroups().map((group) => (
        <div key={group.id} role="row" aria-rowindex={1} className="flex items-center px-2" style={{ height }}>
          {group.headers
            .filter((header) => header.column.getIsVisible())
            .map((header, index) => (
              <div key={header.id} role="columnheader" aria-colindex={index + 1} className="min-w-0 px-2 text-xs font-medium tracking-wide text-gray-500 uppercase" style={layouts[index]?.style}>
                <DataTableColumnHeader meta={header.column.columnDef.meta} />
              </div>
            ))}
        </div>
      ))}
    </div>
  );
}

// The table re-renders on every scroll frame; the header only when its columns change.
export const DataTableHeader = memo(DataTableHeaderView) as typeof DataTableHeaderView;
