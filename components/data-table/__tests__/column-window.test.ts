import { describe, expect, it } from "vitest";
import { ROW_INLINE_PADDING } from "../column-layout";
import { columnRange } from "../column-window";

// Columns of 100, 200, 300, 100 and 100 px after the row's 8 px padding: they start at
// 8, 108, 308, 608 and 708, and the row ends at 816.
const WIDTHS = [100, 200, 300, 100, 100];
const PAD = ROW_INLINE_PADDING;

describe("columnRange", () => {
  it("draws only the columns crossing the view, at the start", () => {
    expect(columnRange(WIDTHS, 0, 250, 0)).toEqual({ start: 0, end: 2 });
    // One pixel into the third column draws it.
    expect(columnRange(WIDTHS, 0, PAD + 300 + 1, 0)).toEqual({ start: 0, end: 3 });
    expect(columnRange(WIDTHS, 0, PAD + 300, 0)).toEqual({ start: 0, end: 2 });
  });

  it("leaves out the columns scrolled past on the left", () => {
    // The first column ends at 108: at 108 it is wholly out of view, at 107 one pixel is in.
    expect(columnRange(WIDTHS, PAD + 100, 250, 0)).toEqual({ start: 1, end: 3 });
    expect(columnRange(WIDTHS, PAD + 99, 250, 0)).toEqual({ start: 0, end: 3 });
    expect(columnRange(WIDTHS, 500, 316, 0)).toEqual({ start: 2, end: 5 });
  });

  it("adds the overscan on each side, within the columns there are", () => {
    expect(columnRange(WIDTHS, PAD + 100, 250, 1)).toEqual({ start: 0, end: 4 });
    expect(columnRange(WIDTHS, 0, 50, 2)).toEqual({ start: 0, end: 3 });
    expect(columnRange(WIDTHS, 700, 116, 1)).toEqual({ start: 2, end: 5 });
  });

  it("draws every column when the view holds the whole row, or is not measured yet", () => {
    expect(columnRange(WIDTHS, 0, 816, 0)).toEqual({ start: 0, end: 5 });
    expect(columnRange(WIDTHS, 0, 2000, 0)).toEqual({ start: 0, end: 5 });
    expect(columnRange(WIDTHS, 0, 0, 0)).toEqual({ start: 0, end: 5 });
  });

  it("keeps the last column when scrolled beyond the end, and copes with no columns", () => {
    expect(columnRange(WIDTHS, 5000, 300, 0)).toEqual({ start: 4, end: 5 });
    expect(columnRange([], 0, 300, 1)).toEqual({ start: 0, end: 0 });
  });
});
