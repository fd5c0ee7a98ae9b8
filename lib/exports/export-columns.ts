import { isAmount } from "@/lib/money";
import { neutraliseFormula } from "./csv";
import { ALL_COLUMNS } from "./export-queries";

// A column of an export: its key (the header, and the name `columns=` uses), what kind of
// cell it writes, and how to read it from a row. Pure.

export type ColumnKind = "text" | "amount" | "timestamp" | "id";

export type CellValue = string | number | boolean | undefined;

/** A column without its key; `Key` is the set of keys its export knows. */
export interface ColumnBody<Row, Key extends string = string> {
  kind: ColumnKind;
  /** `index` is the row's 0-based position in the whole export (batch row numbers). */
  value: (row: Row, index: number) => CellValue;
  /** Amount columns in a currency: control totals are kept per currency. */
  currency?: (row: Row) => string;
  /** Columns that come along when this one is chosen (an amount's currency, a method's network). */
  with?: readonly Key[];
  /** Exported whatever is chosen (a batch's row number). */
  pinned?: boolean;
}

export interface ExportColumn<Row, Key extends string = string> extends ColumnBody<Row, Key> {
  key: Key;
}

/** Definitions keyed by column, so the compiler checks every key of the list has one. */
export type ColumnDefinitions<Row, Key extends string> = Record<Key, ColumnBody<Row, Key>>;

/** The definitions as a list, in the order of `keys` (the file's column order). */
export function columnList<Row, Key extends string>(keys: readonly Key[], definitions: ColumnDefinitions<Row, Key>): ExportColumn<Row, Key>[] {
  return keys.map((key) => ({ key, ...definitions[key] }));
}

/**
 * The columns to write, in definition order: the defaults when none were asked for, every
 * column for `all`, otherwise the ones asked for plus their companions and pinned columns.
 */
export function selectColumns<Row>(all: readonly ExportColumn<Row>[], defaults: readonly string[], requested: readonly string[] | undefined): ExportColumn<Row>[] {
  if (requested?.includes(ALL_COLUMNS)) return [...all];
  const chosen = new Set<string>(requested ?? defaults);
  for (const column of all) if (chosen.has(column.key)) for (const key of column.with ?? []) chosen.add(key);
  return all.filter((column) => column.pinned || chosen.has(column.key));
}

/** The header cell: the key, and for timestamps the zone they are shown in. */
export function headerOf<Row>(column: ExportColumn<Row>, timeZone: string): string {
  return column.kind === "timestamp" ? `${column.key} (${timeZone})` : column.key;
}

/**
 * One cell's text. Amount columns write Anton's decimal string untouched when it is one,
 * so a spreadsheet reads it as a number (`-12.50` included); everything else is text and
 * is neutralised against formula injection, whatever column it is in. Timestamps are
 * written by `formatTime` (timestamp-format.ts) in the export's zone.
 */
export function cellOf<Row>(column: ExportColumn<Row>, row: Row, index: number, formatTime: (value: string) => string): string {
  const value = column.value(row, index);
  if (value === undefined) return "";
  const text = String(value);
  if (column.kind === "amount" && isAmount(text)) return text;
  if (column.kind === "timestamp") return neutraliseFormula(formatTime(text));
  return neutraliseFormula(text);
}
