"use client";

import { useTable, type RowData } from "@tanstack/react-table";
import { useMemo } from "react";
import { dataTableFeatures, type DataColumnDef } from "./data-table-features";
import { useColumnVisibility } from "./use-column-visibility";

interface UseDataTableOptions<Row extends RowData> {
  /** Names the table in storage (column choices): "payouts", "batch-payouts"… */
  tableId: string;
  /** Stable: declared at module scope or memoised. */
  columns: DataColumnDef<Row>[];
  /** Stable between changes (memoise the flattened pages). */
  data: Row[];
  getRowId: (row: Row) => string;
}

function columnId<Row extends RowData>(column: DataColumnDef<Row>): string {
  if (column.id) return column.id;
  return "accessorKey" in column && column.accessorKey !== undefined ? String(column.accessorKey) : "";
}

/** The table model shared by the toolbar's column menu and the table body. */
export function useDataTable<Row extends RowData>({ tableId, columns, data, getRowId }: UseDataTableOptions<Row>) {
  const defaults = useMemo(
    () => Object.fromEntries(columns.filter((column) => column.meta?.hiddenByDefault).map((column) => [columnId(column), false])),
    [columns],
  );
  const [columnVisibility, setColumnVisibility] = useColumnVisibility(tableId, defaults);
  return useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    state: { columnVisibility },
    onColumnVisibilityChange: setColumnVisibility,
  });
}

export type DataTableInstance<Row extends RowData> = ReturnType<typeof useDataTable<Row>>;
