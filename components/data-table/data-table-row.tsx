"use client";

import type { Row, RowData } from "@tanstack/react-table";
import { memo } from "react";
import type { ColumnLayout } from "./column-layout";
import { renderCell, type DataTableFeatures } from "./data-table-features";
import type { DataTableInstance } from "./use-data-table";

export const ROW_HEIGHT = 40;

interface DataTableRowProps<TData extends RowData> {
  row: Row<DataTableFeatures, TData>;
  index: number;
  top: number;
  /** The visible columns, in order. */
  layouts: readonly ColumnLayout<TData>[];
  focusable: boolean;
  selected: boolean;
  clickable: boolean;
  /** Stable across renders (it takes the index), so an unchanged row skips re-rendering. */
  onActivate: (index: number) => void;
  table: DataTableInstance<TData>;
}

/** One virtual row: absolutely placed, focusable by the roving tab stop, activated by click or Enter. */
function DataTableRowView<TData extends RowData>({ row, index, top, layouts, focusable, selected, clickable, onActivate, table }: DataTableRowProps<TData>) {
  return (
    <div
      role="row"
      data-testid="data-table-row"
      data-row-index={index}
      data-row-id={row.id}
      aria-rowindex={index + 2}
      aria-current={selected ? "true" : undefined}
      tabIndex={focusable ? 0 : -1}
      onClick={(event) => {
        if (!clickable || (event.target as HTMLElement).closest("a, button, input, select, textarea")) return;
        onActivate(index);
      }}
      className={`absolute inset-x-0 flex items-center border-b border-gray-100 px-2 text-sm outline-none focus-visible:bg-brand-soft/60 focus-visible:before:absolute focus-visible:before:inset-y-0 focus-visible:before:left-0 focus-visible:before:w-[3px] focus-visible:before:bg-brand ${clickable ? "cursor-pointer" : ""} ${selected ? "bg-brand-soft before:absolute before:inset-y-0 before:left-0 before:w-[3px] before:bg-brand" : "hover:bg-gray-50"}`}
      style={{ height: ROW_HEIGHT, transform: `translateY(${top}px)`, contain: "strict" }}
    >
      {layouts.map(({ column, style, alignEnd }) => (
        <div key={column.id} role="cell" style={style} className={`min-w-0 truncate px-2 ${alignEnd ? "text-right tabular-nums" : ""}`}>
          {renderCell(table, row, column)}
        </div>
      ))}
    </div>
  );
}

// While scrolling only the rows entering view get new props (their slot's element is handed
// a new row, see row-slots.ts): the rest skip rendering. Cells are keyed by column, so a
// handed-over element keeps its cells and only their contents change.
export const DataTableRow = memo(DataTableRowView) as typeof DataTableRowView;
