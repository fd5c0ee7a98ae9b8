"use client";

import type { RowData } from "@tanstack/react-table";
import { ColumnsIcon } from "@/components/ui/icons";
import { Popover } from "@/components/ui/popover";
import { columnMeta } from "./data-table-features";
import type { DataTableInstance } from "./use-data-table";

/** The "Columns" menu: which columns show, remembered per table. */
export function DataTableViewOptions<Row extends RowData>({ table }: { table: DataTableInstance<Row> }) {
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const hidden = columns.filter((column) => !column.getIsVisible()).length;
  return (
    <Popover
      align="end"
      panelLabel="Choose columns"
      trigger={
        <>
          <ColumnsIcon className="size-4 text-gray-500" />
          Columns{hidden > 0 && <span className="text-xs text-gray-500">({hidden} hidden)</span>}
        </>
      }
    >
        <fieldset className="p-1">
          <legend className="px-2 pt-1 pb-2 text-xs font-medium text-gray-500">Show columns</legend>
          {columns.map((column) => (
            <label key={column.id} className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm hover:bg-gray-50">
              <input type="checkbox" className="size-4 accent-brand" checked={column.getIsVisible()} onChange={(event) => column.toggleVisibility(event.target.checked)} />
              {columnMeta(column.columnDef.meta).label}
            </label>
          ))}
          <button type="button" className="mt-1 w-full rounded px-2 py-1.5 text-left text-xs text-brand hover:bg-gray-50" onClick={() => table.resetColumnVisibility()}>
            Reset to default
          </button>
        </fieldset>
    </Popover>
  );
}
