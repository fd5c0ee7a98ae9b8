import Big from "big.js";
import { isAmount, padToScale } from "@/lib/money";
import type { ExportColumn } from "./export-columns";

export interface ControlTotal {
  column: string;
  currency: string;
  /** Exact decimal sum, padded to the currency's scale. */
  total: string;
  /** Rows that went into it. */
  rows: number;
}

/**
 * Per amount column and per currency, the exact (big.js) sum of what was written, kept as
 * the rows stream past: never summed across currencies, never held row by row.
 */
export class ControlTotals<Row> {
  private readonly sums: { column: ExportColumn<Row>; byCurrency: Map<string, { total: Big; rows: number }> }[];

  constructor(columns: readonly ExportColumn<Row>[]) {
    this.sums = columns.filter((column) => column.kind === "amount" && column.currency).map((column) => ({ column, byCurrency: new Map() }));
  }

  add(row: Row, index: number): void {
    for (const { column, byCurrency } of this.sums) {
      const amount = column.value(row, index);
      const currency = column.currency?.(row);
      if (typeof amount !== "string" || !isAmount(amount) || !currency) continue;
      const entry = byCurrency.get(currency);
      if (entry) {
        entry.total = entry.total.plus(amount);
        entry.rows += 1;
      } else {
        byCurrency.set(currency, { total: new Big(amount), rows: 1 });
      }
    }
  }

  /** In column order, then by currency code. */
  list(): ControlTotal[] {
    return this.sums.flatMap(({ column, byCurrency }) =>
      [...byCurrency.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([currency, { total, rows }]) => ({ column: column.key, currency, total: padToScale(total.toFixed(), currency), rows })),
    );
  }
}
