import { columnVisibilityFeature, createColumnHelper, metaHelper, tableFeatures, type CellContext, type Column, type ColumnDef, type Row, type RowData, type Table } from "@tanstack/react-table";
import type { ReactNode } from "react";

/** What each column tells the generic table about itself. */
export interface DataColumnMeta {
  /** The column's name in the header and the visibility menu. */
  label: string;
  /** Minimum width in px; wider screens share the rest in proportion. */
  width: number;
  /** Numbers and money align to the end so digits line up. */
  align?: "start" | "end";
  /** Hidden until the user asks for it. */
  hiddenByDefault?: boolean;
  /** Classes for the cell element itself (font, colour, flex), so a plain value needs no wrapper of its own. */
  cellClassName?: string;
  /**
   * Values of any length (amounts, free text, values Anton may add): the cell cuts what does
   * not fit with an ellipsis. Every other cell draws unclipped, so its values must fit the
   * column (fixed formats, known labels; an e2e journey checks them). A clip in every row
   * is a clip node and a paint chunk of its own, and scroll frames paid for each one in
   * view on the main thread, the compositor and the raster threads (bench/README.md).
   */
  cutToFit?: boolean;
  /** The cell's value is its tooltip too, and the cell cuts it to fit (`cutToFit`). */
  titleFromValue?: boolean;
}

// One feature set for every list table, declared once at module scope (v9 wants it stable).
export const dataTableFeatures = tableFeatures({
  columnVisibilityFeature,
  columnMeta: metaHelper<DataColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

// Columns of different value types live in one array, so the value type is erased here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DataColumnDef<Row extends RowData> = ColumnDef<DataTableFeatures, Row, any>;

export function createDataColumnHelper<Row extends RowData>() {
  return createColumnHelper<DataTableFeatures, Row>();
}

const FALLBACK_META: DataColumnMeta = { label: "", width: 120 };

export function columnMeta(meta: DataColumnMeta | undefined): DataColumnMeta {
  return meta ?? FALLBACK_META;
}

/** A cell's value, as its column's accessor reads it from the row. */
export function cellValue<TData extends RowData>(row: Row<DataTableFeatures, TData>, column: Column<DataTableFeatures, TData, unknown>): unknown {
  return column.accessorFn?.(row.original, row.index);
}

/** A cell's value as its tooltip; undefined when there is none. */
export function valueTitle(value: unknown): string | undefined {
  return value === undefined || value === null || value === "" ? undefined : String(value);
}

/**
 * A cell's contents straight from its column's definition. TanStack's own cell objects are
 * built on first use and then kept on their row for as long as it is loaded: about 5 KB a
 * row, tens of MB after scrolling through 10,000 rows, and the garbage collections that
 * growth set off were the slowest frames. Column `cell` functions here get `getValue`,
 * `renderValue`, `row`, `column` and `table`; they must not use `cell`.
 *
 * The `cell` function is called, not mounted as a component (flexRender would), so it must
 * not call hooks; the components it returns may. A component per cell was an element, a
 * copy of its props and a fiber more for each of the hundred-odd cells re-rendered every
 * scroll frame.
 */
export function renderCell<TData extends RowData>(
  table: Table<DataTableFeatures, TData>,
  row: Row<DataTableFeatures, TData>,
  column: Column<DataTableFeatures, TData, unknown>,
  /** The cell's value (`cellValue`), read once by the row for this and the tooltip. */
  value: unknown,
): ReactNode {
  const template = column.columnDef.cell;
  if (typeof template !== "function") return template ?? null;
  const getValue = () => value;
  const renderValue = () => value ?? table.options.renderFallbackValue ?? null;
  const context = { table, row, column, getValue, renderValue } as Omit<CellContext<DataTableFeatures, TData, unknown>, "cell">;
  return template(context as CellContext<DataTableFeatures, TData, unknown>) as ReactNode;
}
