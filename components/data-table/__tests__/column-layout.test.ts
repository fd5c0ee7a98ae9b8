import { useTable } from "@tanstack/react-table";
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { layoutColumns } from "../column-layout";
import { cellValue, createDataColumnHelper, dataTableFeatures, renderCell, valueTitle } from "../data-table-features";

interface Item {
  id: string;
  reference: string;
  amount: string;
  note?: string;
}

const helper = createDataColumnHelper<Item>();
const columns = helper.columns([
  helper.accessor("reference", { meta: { label: "Reference", width: 170, cellClassName: "text-gray-700", titleFromValue: true } }),
  helper.accessor("amount", { meta: { label: "Amount", width: 120, align: "end", cutToFit: true }, cell: ({ getValue }) => `= ${getValue()}` }),
  helper.accessor("note", { meta: { label: "Note", width: 100, titleFromValue: true } }),
  helper.accessor("id", { meta: { label: "ID", width: 250 } }),
]);
const data: Item[] = [{ id: "a", reference: "Invoice 2026-11 for a long customer name", amount: "12.50" }];

/** A real table instance, the way the app builds one: through useTable, in one server render. */
function table() {
  let instance: ReturnType<typeof useTable<typeof dataTableFeatures, Item>> | undefined;
  function Probe() {
    instance = useTable({ features: dataTableFeatures, columns, data, getRowId: (item: Item) => item.id });
    return null;
  }
  renderToStaticMarkup(createElement(Probe));
  return instance!;
}

describe("layoutColumns", () => {
  it("builds each body cell's classes once: cut to fit only where values may not fit, end alignment for numbers, the column's own classes", () => {
    const { layouts, minWidth } = layoutColumns(table().getVisibleLeafColumns());
    expect(layouts.map((layout) => layout.cellClassName)).toEqual([
      "min-w-0 truncate px-2 text-gray-700",
      "min-w-0 truncate px-2 text-right tabular-nums",
      "min-w-0 truncate px-2",
      "min-w-0 whitespace-nowrap px-2",
    ]);
    expect(layouts.map((layout) => layout.titleFromValue)).toEqual([true, false, true, false]);
    expect(layouts[0]!.style).toEqual({ flex: "170 0 170px" });
    expect(layouts.map((layout) => [layout.index, layout.width])).toEqual([
      [0, 170],
      [1, 120],
      [2, 100],
      [3, 250],
    ]);
    expect(minWidth).toBe(170 + 120 + 100 + 250 + 16);
  });
});

describe("cells", () => {
  it("a plain column shows its value, a column with a cell function what that returns", () => {
    const t = table();
    const row = t.getRowModel().rows[0]!;
    const [reference, amount] = t.getVisibleLeafColumns();
    const html = (column: typeof reference) => renderToStaticMarkup(createElement(Fragment, null, renderCell(t, row, column!, cellValue(row, column!))));
    expect(html(reference)).toBe(data[0]!.reference);
    expect(html(amount)).toBe("= 12.50");
  });

  it("the tooltip is the value as text, and there is none for a missing value", () => {
    const t = table();
    const row = t.getRowModel().rows[0]!;
    const [reference, , note] = t.getVisibleLeafColumns();
    expect(valueTitle(cellValue(row, reference!))).toBe(data[0]!.reference);
    expect(valueTitle(cellValue(row, note!))).toBeUndefined();
  });
});
