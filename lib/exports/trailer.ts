import { CRLF, csvRecord, neutraliseFormula } from "./csv";

// What follows the data rows in an export file (docs/exports.md): after one blank line,
// either the summary, ending with `# end`, or a failure line. Every trailer line starts
// with `#`. Pure: the server writes it, the browser reads it back.

export const SUMMARY_HEADING = "# Summary";
export const SUMMARY_END = "# end";
const FAILED = "# EXPORT FAILED";

export interface ExportSummary {
  /** What was exported: "payouts", "batch payouts", "transactions". */
  export: string;
  /** Extra lines about the export's subject, e.g. the batch and its file name. */
  subject: readonly (readonly string[])[];
  filters: readonly (readonly [string, string])[];
  columns: readonly string[];
  timeZone: string;
  /** Already in the time zone: `YYYY-MM-DD HH:mm:ss`. */
  generatedAt: string;
  /** The same instant as RFC 3339 UTC. */
  generatedAtUtc: string;
  rows: number;
  totals: readonly { column: string; currency: string; total: string; rows: number }[];
}

/** `# label` in the first cell (always safe), values after it neutralised like any text. */
const line = (label: string, ...values: string[]) => csvRecord([`# ${label}`, ...values.map(neutraliseFormula)]);

export function summaryTrailer(summary: ExportSummary): string {
  return [
    CRLF,
    csvRecord([SUMMARY_HEADING]),
    line("export", summary.export),
    ...summary.subject.map(([label = "", ...values]) => line(label, ...values)),
    ...summary.filters.map(([name, value]) => line("filter", name, value)),
    line("columns", summary.columns.join(" ")),
    line("time_zone", summary.timeZone),
    line("generated_at", summary.generatedAt, summary.generatedAtUtc),
    line("rows", String(summary.rows)),
    line("control_total", "column", "currency", "total", "rows"),
    // The total is a number cell: a spreadsheet can compare it with SUMIF over the column.
    ...summary.totals.map((t) => csvRecord(["# control_total", t.column, t.currency, t.total, String(t.rows)])),
    csvRecord([SUMMARY_END]),
  ].join("");
}

export interface ExportFailure {
  rows: number;
  code: string;
  requestId?: string;
}

/** The last line of an export that failed part-way: the stream then errors. */
export function failureTrailer({ rows, code, requestId }: ExportFailure): string {
  return CRLF + csvRecord([`${FAILED} after ${rows} rows: ${code}${requestId ? ` (request id ${requestId})` : ""}`]);
}

const FAILURE_LINE = /^# EXPORT FAILED after (\d+) rows: ([A-Za-z0-9_]+)(?: \(request id ([^)\r\n]+)\))?\r?$/m;

/** Reads a failure line back out of a trailer's text. */
export function parseFailureTrailer(trailer: string): ExportFailure | undefined {
  const match = FAILURE_LINE.exec(trailer);
  if (!match) return undefined;
  return { rows: Number(match[1]), code: match[2] ?? "", ...(match[3] ? { requestId: match[3] } : {}) };
}

const ROWS_LINE = /^# rows,(\d+)\r?$/m;
const END_LINE = /^# end\r?$/m;

/** The row count of a complete summary (one that reached `# end`), else undefined. */
export function parseSummaryRows(trailer: string): number | undefined {
  if (!trailer.startsWith(SUMMARY_HEADING) || !END_LINE.test(trailer)) return undefined;
  const match = ROWS_LINE.exec(trailer);
  return match ? Number(match[1]) : undefined;
}
