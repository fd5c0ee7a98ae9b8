import { columnVisibilityFeature, createColumnHelper, metaHelper, tableFeatures, type ColumnDef, type RowData } from "@tanstack/react-table";

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
