import { columnMeta, type DataColumnMeta } from "./data-table-features";

/** A column's heading: its label, aligned like its values. (The lists have no sorting: Anton orders them.) */
export function DataTableColumnHeader({ meta }: { meta: DataColumnMeta | undefined }) {
  const { label, align } = columnMeta(meta);
  return <span className={`block truncate ${align === "end" ? "text-right" : ""}`}>{label}</span>;
}
