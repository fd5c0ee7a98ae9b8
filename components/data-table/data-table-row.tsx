"use client";

import type { Row, RowData } from "@tanstack/react-table";
import { memo } from "react";
import { ROW_INLINE_PADDING } from "./column-layout";
import type { ColumnWindow } from "./column-window";
import { cellValue, renderCell, valueTitle, type DataTableFeatures } from "./data-table-features";
import type { DataTableInstance } from "./use-data-table";

export const ROW_HEIGHT = 40;

const ROW = "absolute inset-x-0 flex items-center border-b border-gray-100 px-2 text-sm outline-none focus-visible:bg-brand-soft/60 focus-visible:before:absolute focus-visible:before:inset-y-0 focus-visible:before:left-0 focus-visible:before:w-[3px] focus-visible:before:bg-brand";
const SELECTED = "bg-brand-soft before:absolute before:inset-y-0 before:left-0 before:w-[3px] before:bg-brand";
// Opaque, like the table under it: a row is a layer of its own (see `willChange` below), and
// an opaque layer rasterises with less work than a transparent one.
const UNSELECTED = "bg-white hover:bg-gray-50";
// Each combination built once, not for every row on every scroll frame.
const ROW_CLASSES: Record<`${boolean}-${boolean}`, string> = {
  "false-false": `${ROW} ${UNSELECTED}`,
  "false-true": `${ROW} ${SELECTED}`,
  "true-false": `${ROW} cursor-pointer ${UNSELECTED}`,
  "true-true": `${ROW} cursor-pointer ${SELECTED}`,
};

interface DataTableRowProps<TData extends RowData> {
  row: Row<DataTableFeatures, TData>;
  index: number;
  top: number;
  /** The columns to draw, in order, and the width of those left out on each side. */
  columns: ColumnWindow<TData>;
  focusable: boolean;
  selected: boolean;
  clickable: boolean;
  /** Stable across renders (it takes the index), so an unchanged row skips re-rendering. */
  onActivate: (index: number) => void;
  table: DataTableInstance<TData>;
}

/** One virtual row: absolutely placed, focusable by the roving tab stop, activated by click or Enter. */
function DataTableRowView<TData extends RowData>({ row, index, top, columns, focusable, selected, clickable, onActivate, table }: DataTableRowProps<TData>) {
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
      className={ROW_CLASSES[`${clickable}-${selected}`]}
      style={{
        height: ROW_HEIGHT,
        transform: `translateY(${top}px)`,
        // Each row its own compositor layer: a row handed over while scrolling is the only layer
        // repainted and rasterised, instead of the tiles of one big layer around it, and moving
        // it costs no paint. See "Rows are layers of their own" in docs/decisions.md.
        willChange: "transform",
        contain: "strict",
        // Columns left out take their room as padding, so the drawn ones sit under their headers.
        paddingLeft: columns.before ? ROW_INLINE_PADDING + columns.before : undefined,
        paddingRight: columns.after ? ROW_INLINE_PADDING + columns.after : undefined,
      }}
    >
      {columns.layouts.map(({ column, index: columnIndex, style, cellClassName, titleFromValue }) => {
        const value = cellValue(row, column);
        return (
          <div key={column.id} role="cell" aria-colindex={columnIndex + 1} style={style} className={cellClassName} title={titleFromValue ? valueTitle(value) : undefined}>
            {renderCell(table, row, column, value)}
          </div>
        );
      })}
    </div>
  );
}

// While scrolling only the rows entering view get new props (their slot's element is handed
// a new row, see row-slots.ts): the rest skip rendering. Cells are keyed by column, so a
// handed-over element keeps its cells and only their contents change. The props are compared
// one by one: the table re-renders every scroll frame, and a generic shallow compare would
// allocate two key lists per row each time.
const ROW_PROPS = ["row", "index", "top", "columns", "focusable", "selected", "clickable", "onActivate", "table"] as const;
// A prop added to DataTableRowProps but not to ROW_PROPS fails to compile here.
const everyPropCompared: Exclude<keyof DataTableRowProps<RowData>, (typeof ROW_PROPS)[number]> extends never ? true : never = true;
void everyPropCompared;

function sameRow<TData extends RowData>(a: DataTableRowProps<TData>, b: DataTableRowProps<TData>): boolean {
  for (const prop of ROW_PROPS) if (a[prop] !== b[prop]) return false;
  return true;
}

export const DataTableRow = memo(DataTableRowView, sameRow) as typeof DataTableRowView;
