import { UTF8_BOM, csvRecord } from "./csv";
import { cellOf, headerOf, type ExportColumn } from "./export-columns";
import { ControlTotals } from "./control-totals";
import type { Pager } from "./pager";
import { timestampFormatter } from "./timestamp-format";
import { failureTrailer, summaryTrailer, type ExportFailure, type ExportSummary } from "./trailer";

export interface CsvExportOptions<Row> {
  columns: readonly ExportColumn<Row>[];
  timeZone: string;
  /** Rows of the first page, read before the response started (so its failure is a JSON error). */
  firstRows: Row[];
  pager: Pager<Row>;
  /** Aborted when the browser goes away; also passed to every upstream read. */
  signal: AbortSignal;
  /** Called when the consumer cancels the stream: stops the upstream read in flight. */
  onCancel: () => void;
  /** The summary's fixed parts; rows, totals and columns are filled in at the end. */
  summary: () => Omit<ExportSummary, "rows" | "totals" | "columns">;
  describeFailure: (error: unknown) => Omit<ExportFailure, "rows">;
}

/**
 * The export as a pull-based byte stream: each pull renders one upstream page, so Anton is
 * read only as fast as the browser downloads (at most one rendered page waits in the queue)
 * and memory stays flat whatever the row count. Ends with the summary; an upstream failure
 * part-way writes a failure line and then errors the stream, so the download fails rather
 * than ending cleanly with a truncated file.
 */
export function createCsvExportStream<Row>(options: CsvExportOptions<Row>): ReadableStream<Uint8Array> {
  const { columns, timeZone, pager, signal } = options;
  const encoder = new TextEncoder();
  const totals = new ControlTotals(columns);
  const formatTime = timestampFormatter(timeZone);
  let rows = 0;
  let firstRows: Row[] | undefined = options.firstRows;
  let failure: unknown;

  const render = (page: readonly Row[]): string => {
    let text = "";
    for (const row of page) {
      text += csvRecord(columns.map((column) => cellOf(column, row, rows, formatTime)));
      totals.add(row, rows);
      rows += 1;
    }
    return text;
  };

  const trailer = () => summaryTrailer({ ...options.summary(), columns: columns.map((column) => column.key), rows, totals: totals.list() });

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        // Erroring discards queued chunks, so the failure line was sent by the previous
        // pull and the error waits for the consumer to have taken it.
        if (failure !== undefined) return controller.error(failure);
        let text: string;
        try {
          if (firstRows) {
            text = UTF8_BOM + csvRecord(columns.map((column) => headerOf(column, timeZone))) + render(firstRows);
            firstRows = undefined;
          } else {
            text = "";
            // A filtered scan may hand back an empty page (it stopped at its bound): read on.
            while (!text && !pager.done) text = render(await pager.next(signal));
          }
        } catch (error) {
          if (signal.aborted) return controller.error(signal.reason);
          failure = error;
          controller.enqueue(encoder.encode(failureTrailer({ rows, ...options.describeFailure(error) })));
          return;
        }
        if (pager.done) text += trailer();
        controller.enqueue(encoder.encode(text));
        if (pager.done) controller.close();
      },
      cancel() {
        options.onCancel();
      },
    },
    // One rendered page may wait while the next is read: overlap without buffering the set.
    { highWaterMark: 1 },
  );
}
