import "server-only";
import { AntonError, getAntonClient, type AntonClient } from "@/lib/anton";
import { formatDateTime, formatPlainDate, plainDateAt } from "@/lib/dates";
import { toSearchParams, type QuerySpec, type QueryValues } from "@/lib/filters/query-spec";
import { BadParameterError } from "@/lib/http/bad-parameter-error";
import { queryOf } from "@/lib/http/data-route";
import { errorResponse } from "@/lib/http/error-response";
import { upstreamErrorResponse } from "@/lib/http/upstream-error";
import { createCsvExportStream } from "./csv-export-stream";
import { selectColumns, type ExportColumn } from "./export-columns";
import type { Pager } from "./pager";
import { canonicalTimeZone } from "./time-zone";

/** What an export reads: its pager, and lines about its subject for the summary. */
export interface ExportSource<Row> {
  pager: Pager<Row>;
  subject?: string[][];
}

export interface ExportDefinition<Filters extends QuerySpec, Row, Params> {
  /** Named in the summary: "payouts". */
  name: string;
  /** The list's filter spec: validated, and repeated in the summary. */
  filterSpec: Filters;
  /** Filters + tz + columns (export-queries.ts). */
  spec: QuerySpec;
  columns: readonly ExportColumn<Row>[];
  defaultColumns: readonly string[];
  /** Without the extension: "payouts-2026-04-15". */
  fileName: (params: Params, day: string) => string;
  /** Validates path parameters (throwing BadParameterError) and opens the source. */
  open: (anton: AntonClient, filters: QueryValues<Filters>, params: Params, signal: AbortSignal) => Promise<ExportSource<Row>>;
}

interface ExportOptions {
  tz?: string;
  columns?: string[];
}

function exportTimeZone(tz: string | undefined): string {
  if (tz === undefined) return "UTC";
  const zone = canonicalTimeZone(tz);
  if (!zone) throw new BadParameterError("tz", 'Parameter "tz" must be an IANA time zone such as Europe/Paris, or UTC.');
  return zone;
}

/** The failure line names a code and Anton's request id, never an upstream message. */
function describeFailure(error: unknown) {
  if (error instanceof AntonError) return { code: error.code, ...(error.requestId ? { requestId: error.requestId } : {}) };
  console.error("export failed:", error instanceof Error ? error.name : typeof error);
  return { code: "internal_error" };
}

/**
 * A CSV export route. Everything that can fail cleanly fails before the first byte, as a
 * JSON error: parameters (400 naming the parameter), then the first upstream page. Then the
 * rest streams (csv-export-stream.ts). The session was already checked by proxy.ts.
 */
export function exportRoute<Filters extends QuerySpec, Row, Params>(definition: ExportDefinition<Filters, Row, Params>) {
  return async (request: Request, route: { params: Promise<Params> }): Promise<Response> => {
    const upstream = new AbortController();
    const signal = AbortSignal.any([request.signal, upstream.signal]);
    try {
      const { tz, columns: requested, ...rest } = queryOf(definition.spec, request) as ExportOptions;
      const filters = rest as QueryValues<Filters>;
      const timeZone = exportTimeZone(tz);
      const columns = selectColumns(definition.columns, definition.defaultColumns, requested);
      const params = await route.params;
      const startedAt = new Date();
      const source = await definition.open(getAntonClient(), filters, params, signal);
      const firstRows = await source.pager.next(signal);
      const body = createCsvExportStream({
        columns,
        timeZone,
        firstRows,
        pager: source.pager,
        signal,
        onCancel: () => upstream.abort(new DOMException("The export was cancelled.", "AbortError")),
        describeFailure,
        summary: () => ({
          export: definition.name,
          subject: source.subject ?? [],
          filters: [...toSearchParams(definition.filterSpec, filters)],
          timeZone,
          generatedAt: formatDateTime(startedAt.toISOString(), timeZone),
          generatedAtUtc: startedAt.toISOString().replace(/\.\d{3}Z$/, "Z"),
        }),
      });
      const fileName = `${definition.fileName(params, formatPlainDate(plainDateAt(startedAt, timeZone)))}.csv`;
      return new Response(body, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${fileName}"`,
          "Cache-Control": "no-store",
          "X-Content-Type-Options": "nosniff",
        },
      });
    } catch (error) {
      upstream.abort();
      if (error instanceof BadParameterError) return errorResponse(400, "invalid_parameter", error.message);
      return upstreamErrorResponse(error, request.signal);
    }
  };
}
