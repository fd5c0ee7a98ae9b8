"use client";

import type { RowData } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { layoutColumns } from "./column-layout";
import { useColumnWindow } from "./column-window";
import { DataTableFooter } from "./data-table-footer";
import { DataTableHeader } from "./data-table-header";
import { DataTableRow, ROW_HEIGHT } from "./data-table-row";
import { DataTableSkeleton } from "./data-table-skeleton";
import { DataTableErrorState, type DataTableError } from "./data-table-states";
import type { DataTableInstance } from "./use-data-table";
import { useInfiniteScroll } from "./use-infinite-scroll";
import { useRowFocus } from "./use-row-focus";
import { assignRowSlots, NO_SLOTS, type RowSlots } from "./row-slots";
import { readScrollOffset, useScrollMemory } from "./use-scroll-memory";
import { useStableCallback } from "./use-stable-callback";

const HEADER_HEIGHT = 36;
/**
 * Rows rendered beyond each edge of the visible ones. Five rows (200 px) cover a wheel or
 * trackpad fling the compositor scrolls ahead of the page; ten made every scroll frame
 * lay out, paint and layerise a third more rows, which cost more frames than it saved
 * (bench/README.md, browser-payouts).
 */
const OVERSCAN = 5;
const rowHeight = () => ROW_HEIGHT;

export interface DataTableProps<Row extends RowData> {
  table: DataTableInstance<Row>;
  /** Names the scroll region and the table: "Payouts". */
  label: string;
  /** Plural noun for counts: "payouts". */
  noun: string;
  status: "pending" | "error" | "success";
  error?: DataTableError;
  onRetry: () => void;
  retrying: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  nextPageError?: DataTableError;
  fetchNextPage: () => unknown;
  /** False pauses loading on scroll (the reader stopped a search); "Load more" still works. Default true. */
  autoLoad?: boolean;
  /** Shown when the list loaded and is empty (no matches, or a first-run account). */
  emptyState: ReactNode;
  onRowActivate?: (row: Row) => void;
  /** The row whose details are open: highlighted, kept in view, refocused when closed. */
  selectedRowId?: string;
  /** Where the scroll offset is remembered: the list's URL without page-only state. */
  scrollMemoryKey: string;
}

/**
 * The generic list table: a sticky header over virtualised rows of an infinite query's
 * flattened pages. Only the visible rows (plus OVERSCAN) are in the DOM whatever is loaded,
 * and of those only the columns in view (see column-window.ts).
 */
export function DataTable<Row extends RowData>(props: DataTableProps<Row>) {
  const { table, label, noun, status, selectedRowId, scrollMemoryKey, onRowActivate } = props;
  const rows = table.getRowModel().rows;
  const columns = table.getVisibleLeafColumns();
  const regionRef = useRef<HTMLDivElement>(null);

  const { layouts, minWidth } = useMemo(() => layoutColumns(columns), [columns]);

  // Restore the saved place only when the rows were already there (Back, from the cache).
  const [restoreOffset] = useState(() => (rows.length > 0 ? readScrollOffset(scrollMemoryKey) : 0));
  // Stable until the rows change: the virtualiser recomputes every row's position whenever
  // this function's identity changes, which on every scroll frame meant 10,000 rows' worth.
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => regionRef.current,
    estimateSize: rowHeight,
    getItemKey,
    overscan: OVERSCAN,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    initialOffset: restoreOffset,
  });
  const items = virtualizer.getVirtualItems();
  useScrollMemory(regionRef, scrollMemoryKey);
  const columnWindow = useColumnWindow(regionRef, layouts);

  useInfiniteScroll(
    {
      lastRenderedIndex: items.at(-1)?.index ?? -1,
      loadedCount: rows.length,
      hasNextPage: props.hasNextPage && props.autoLoad !== false,
      isFetchingNextPage: props.isFetchingNextPage,
      nextPageFailed: props.nextPageError !== undefined,
    },
    props.fetchNextPage,
  );

  const loadMore = useStableCallback(() => void props.fetchNextPage());

  const activate = useStableCallback((index: number) => {
    const row = rows[index];
    if (row && onRowActivate) onRowActivate(row.original);
  });
  const { focusIndex, setFocusIndex, focusRow, onKeyDown } = useRowFocus(regionRef, virtualizer, rows.length, activate);
  const rendered = useRenderedRows(rows, items.map((item) => item.index), focusIndex, virtualizer.isScrolling);
  const activateRow = useStableCallback((index: number) => {
    setFocusIndex(index);
    activate(index);
  });

  // New filters start from the top (the scroll memory key is the filters' URL).
  const shownKey = useRef(scrollMemoryKey);
  useEffect(() => {
    if (shownKey.current === scrollMemoryKey) return;
    shownKey.current = scrollMemoryKey;
    virtualizer.scrollToOffset(0);
    setFocusIndex(0);
  }, [scrollMemoryKey, virtualizer, setFocusIndex]);

  // Follow the open row (the drawer steps with arrow keys); give it focus back on close.
  const lastSelected = useRef<string | undefined>(undefined);
  useEffect(() => {
    const previous = lastSelected.current;
    lastSelected.current = selectedRowId;
    const indexOf = (id: string) => rows.findIndex((row) => row.id === id);
    if (selectedRowId) {
      const index = indexOf(selectedRowId);
      if (index >= 0) {
        setFocusIndex(index);
        virtualizer.scrollToIndex(index, { align: "auto" });
      }
    } else if (previous) {
      const index = indexOf(previous);
      if (index >= 0) focusRow(index);
    }
  }, [selectedRowId, rows, virtualizer, focusRow, setFocusIndex]);

  const showRows = status === "success" && rows.length > 0;

  return (
    <div
      ref={regionRef}
      role="region"
      aria-label={`${label} table`}
      tabIndex={0}
      onKeyDown={onKeyDown}
      className="relative h-full overflow-auto overscroll-contain rounded-lg border border-gray-200 bg-white outline-none focus-visible:ring-2 focus-visible:ring-brand/60"
    >
      <div role="table" aria-label={label} aria-colcount={layouts.length} aria-rowcount={props.hasNextPage || status !== "success" ? -1 : rows.length + 1} style={{ minWidth }}>
        <DataTableHeader layouts={layouts} height={HEADER_HEIGHT} />
        {status === "pending" && <DataTableSkeleton layouts={layouts} rowHeight={ROW_HEIGHT} />}
        {showRows && (
          // getTotalSize() already leaves out the scroll margin (the header's height).
          <div role="rowgroup" className="relative [text-rendering:optimizeSpeed]" style={{ height: virtualizer.getTotalSize(), contain: "strict" }}>
            {rendered.map(({ slot, index }) => {
              const row = rows[index]!;
              return (
                <DataTableRow
                  key={slot}
                  row={row}
                  index={index}
                  top={index * ROW_HEIGHT}
                  columns={index === focusIndex ? columnWindow.all : columnWindow.inView}
                  focusable={index === focusIndex}
                  selected={row.id === selectedRowId}
                  clickable={onRowActivate !== undefined}
                  onActivate={activateRow}
                  table={table}
                />
              );
            })}
          </div>
        )}
      </div>
      {/* Outside the wide table, so a message stays in view however wide the columns are. */}
      {status === "error" && props.error && <DataTableErrorState error={props.error} onRetry={props.onRetry} retrying={props.retrying} />}
      {status === "success" && rows.length === 0 && props.emptyState}
      {status === "success" && rows.length > 0 && (
        <DataTableFooter
          loadedCount={rows.length}
          noun={noun}
          hasNextPage={props.hasNextPage}
          isFetchingNextPage={props.isFetchingNextPage}
          nextPageError={props.nextPageError}
          onLoadMore={loadMore}
        />
      )}
    </div>
  );
}

interface RenderedRow {
  /** The DOM row element it is drawn in (the React key): see row-slots.ts. */
  slot: number;
  index: number;
}

/**
 * The rows to draw, each with its slot, in DOM order: the virtualiser's window plus the
 * roving tab stop's row wherever it is, so the row the reader left keeps its element (and
 * its focus) and Tab returns to it.
 */
function useRenderedRows(
  rows: readonly { id: string }[],
  windowIndexes: readonly number[],
  focusIndex: number,
  scrolling: boolean,
): RenderedRow[] {
  const indexes = windowIndexes.filter((index) => index < rows.length);
  if (focusIndex < rows.length && !indexes.includes(focusIndex)) {
    indexes.push(focusIndex);
    indexes.sort((a, b) => a - b);
  }
  const slotsRef = useRef<RowSlots>(NO_SLOTS);
  // The slots of the last committed render; rendering twice from them gives the same answer.
  // eslint-disable-next-line react-hooks/refs
  const assignment = assignRowSlots(slotsRef.current, indexes.map((index) => rows[index]!.id), scrolling);
  // Written only once committed: a render React throws away leaves no trace. (Putting the
  // rows back in order at rest moves elements; React gives focus back to a moved one.)
  useLayoutEffect(() => {
    slotsRef.current = assignment.slots;
  });

  return assignment.renderOrder.map((at) => ({ slot: assignment.slotAt[at]!, index: indexes[at]! }));
}
