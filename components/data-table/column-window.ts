"use client";

import type { RowData } from "@tanstack/react-table";
import { useLayoutEffect, useMemo, useState, type RefObject } from "react";
import { ROW_INLINE_PADDING, type ColumnLayout } from "./column-layout";

/** Columns drawn beyond each edge of the view, so a short sideways scroll shows no gap. */
const COLUMN_OVERSCAN = 1;

/** The columns a row draws, and the width of those it leaves out on each side. */
export interface ColumnWindow<TData extends RowData> {
  layouts: readonly ColumnLayout<TData>[];
  /** Width in px of the columns left out before the first drawn one. */
  before: number;
  /** Width in px of the columns left out after the last drawn one. */
  after: number;
}

function allColumns<TData extends RowData>(layouts: readonly ColumnLayout<TData>[]): ColumnWindow<TData> {
  return { layouts, before: 0, after: 0 };
}

/**
 * The columns [start, end) that cross the view `scrollLeft … scrollLeft + viewWidth`, plus
 * `overscan` on each side. Widths are the columns' minimum widths: when the table is wider
 * than its view they are the exact widths, and when it is not every column is in view.
 * An unmeasured view (width 0) gets every column.
 */
export function columnRange(widths: readonly number[], scrollLeft: number, viewWidth: number, overscan: number): { start: number; end: number } {
  const count = widths.length;
  if (viewWidth <= 0) return { start: 0, end: count };
  let start = 0;
  let left = ROW_INLINE_PADDING;
  while (start < count - 1 && left + widths[start]! <= scrollLeft) left += widths[start++]!;
  let end = start;
  const viewRight = scrollLeft + viewWidth;
  while (end < count && left < viewRight) left += widths[end++]!;
  return { start: Math.max(0, start - overscan), end: Math.min(count, end + overscan) };
}

function sumWidths<TData extends RowData>(layouts: readonly ColumnLayout<TData>[]): number {
  return layouts.reduce((sum, layout) => sum + layout.width, 0);
}

/** The range last measured, and the columns it was measured for. */
interface MeasuredRange<TData extends RowData> {
  layouts: readonly ColumnLayout<TData>[];
  start: number;
  end: number;
}

/**
 * The columns in view in `region`'s sideways scroll (`inView`), and all of them (`all`, for
 * the row with the tab stop, so Tab reaches every link and button in it). Rows draw only the
 * columns in view, as the table draws only the rows in view: at 1,280 px five of the
 * payouts' twelve columns are off screen, and every cell drawn on a scroll frame is
 * allocation that paces the garbage collector (bench/README.md, browser-payouts). Until the
 * region is measured, in the first render, every column is drawn.
 */
export function useColumnWindow<TData extends RowData>(
  regionRef: RefObject<HTMLElement | null>,
  layouts: readonly ColumnLayout<TData>[],
): { inView: ColumnWindow<TData>; all: ColumnWindow<TData> } {
  const [measured, setMeasured] = useState<MeasuredRange<TData> | null>(null);

  useLayoutEffect(() => {
    const region = regionRef.current;
    if (!region) return;
    const widths = layouts.map((layout) => layout.width);
    let viewWidth = region.clientWidth;
    let scrollLeft = region.scrollLeft;
    const update = () => {
      const { start, end } = columnRange(widths, scrollLeft, viewWidth, COLUMN_OVERSCAN);
      setMeasured((current) => (current?.layouts === layouts && current.start === start && current.end === end ? current : { layouts, start, end }));
    };
    update();
    // Capture runs this before the row virtualiser's own listener, whose re-render would
    // leave layout dirty: reading scrollLeft then would force a layout on every frame.
    const onScroll = () => {
      const left = region.scrollLeft;
      if (left === scrollLeft) return; // scrolled up or down only
      scrollLeft = left;
      update();
    };
    region.addEventListener("scroll", onScroll, { capture: true, passive: true });
    const observer = new ResizeObserver(([entry]) => {
      if (!entry || entry.contentRect.width === viewWidth) return;
      viewWidth = entry.contentRect.width;
      update();
    });
    observer.observe(region);
    return () => {
      region.removeEventListener("scroll", onScroll, { capture: true });
      observer.disconnect();
    };
  }, [regionRef, layouts]);

  const all = useMemo(() => allColumns(layouts), [layouts]);
  const inView = useMemo(() => {
    // Measured for other columns (one was just shown or hidden): all of them until remeasured, before paint.
    if (measured?.layouts !== layouts) return all;
    const { start, end } = measured;
    if (start === 0 && end === layouts.length) return all;
    return { layouts: layouts.slice(start, end), before: sumWidths(layouts.slice(0, start)), after: sumWidths(layouts.slice(end)) };
  }, [measured, layouts, all]);
  return { inView, all };
}
