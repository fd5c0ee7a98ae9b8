import type { Column, RowData } from "@tanstack/react-table";
import type { CSSProperties } from "react";
import { columnMeta, type DataTableFeatures } from "./data-table-features";

/** Each row's inline padding, in px (Tailwind `px-2`), before the first and after the last column. */
export const ROW_INLINE_PADDING = 8;

/** How one visible column is drawn, shared by the header, the skeleton and every row. */
export interface ColumnLayout<TData extends RowData> {
  column: Column<DataTableFeatures, TData, unknown>;
  /** Its place among the visible columns, from 0: cells drawn apart from their neighbours say it (aria-colindex). */
  index: number;
  /** Its minimum width in px: its exact width whenever the table is wider than its view. */
  width: number;
  /** Its minimum width, and a share of the rest of the row in proportion to it. */
  style: CSSProperties;
  /** Numbers and money: right-aligned in tabular figures. */
  alignEnd: boolean;
  /** The body cell's classes, built once rather than for every cell of every row: a cell clips only when its values may not fit. */
  cellClassName: string;
  /** The body cell shows its value as a tooltip. */
  titleFromValue: boolean;
}

/**
 * The visible columns' layouts and the width the row needs at least. Flex with a fixed
 * basis sizes a row without measuring its contents, which a grid with minmax(…, fr) tracks
 * did again for every row scrolling in.
 */
export function layoutColumns<TData extends RowData>(columns: readonly Column<DataTableFeatures, TData, unknown>[]): { layouts: ColumnLayout<TData>[]; minWidth: number } {
  const layouts = columns.map((column, index): ColumnLayout<TData> => {
    const { width, align, cellClassName, cutToFit, titleFromValue } = columnMeta(column.columnDef.meta);
    const alignEnd = align === "end";
    const overflow = cutToFit || titleFromValue ? "truncate" : "whitespace-nowrap";
    return {
      column,
      index,
      width,
      style: { flex: `${width} 0 ${width}px` },
      alignEnd,
      cellClassName: [`min-w-0 ${overflow} px-2`, alignEnd && "text-right tabular-nums", cellClassName].filter(Boolean).join(" "),
      titleFromValue: titleFromValue === true,
    };
  });
  const minWidth = layouts.reduce((sum, layout) => sum + layout.width, 0) + 2 * ROW_INLINE_PADDING;
  return { layouts, minWidth };
}
