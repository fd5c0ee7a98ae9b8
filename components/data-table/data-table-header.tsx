import type { RowData } from "@tanstack/react-table";
import { DataTableColumnHeader } from "./data-table-column-header";
import type { DataTableInstance } from "./use-data-table";

/** The sticky header row, laid out on the same grid template as the rows. */
export function DataTableHeader<Row extends RowData>({ table, template, height }: { table: DataTableInstance<Row>; template: string; height: number }) {
  return (
    <div role="rowgroup" className="sticky top-0 z-10 border-b border-gray-200 bg-gray-50">
      {table.getHeaderGroups().map((group) => (
        <div key={group.id} role="row" aria-rowindex={1} className="grid items-center px-2" style={{ gridTemplateColumns: template, height }}>
          {group.headers
            .filter((header) => header.column.getIsVisible())
            .map((header) => (
              <div key={header.id} role="columnheader" className="px-2 text-xs font-medium tracking-wide text-gray-500 uppercase">
                <DataTableColumnHeader meta={header.column.columnDef.meta} />
              </div>
            ))}
        </div>
      ))}
    </div>
  );
}
