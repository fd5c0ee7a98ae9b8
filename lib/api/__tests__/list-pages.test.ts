import { describe, expect, it } from "vitest";
import { flattenPages, nextCursorOf } from "../list-pages";
import { payoutsListPath } from "../payouts";

describe("list pages", () => {
  it("stops on has_more, not on a short page or a stray cursor", () => {
    expect(nextCursorOf({ data: [], has_more: true, next_cursor: "abc" })).toBe("abc");
    expect(nextCursorOf({ data: [], has_more: false, next_cursor: "abc" })).toBeUndefined();
    expect(nextCursorOf({ data: [], has_more: true })).toBeUndefined();
  });

  it("flattens pages in order and keeps each id once", () => {
    const pages = [
      { data: [{ id: "a" }, { id: "b" }], has_more: true, next_cursor: "b" },
      { data: [{ id: "b" }, { id: "c" }], has_more: false },
    ];
    expect(flattenPages(pages).map((row) => row.id)).toEqual(["a", "b", "c"]);
  });

  it("asks for the filters under Anton's names, repeated status, full pages", () => {
    const path = payoutsListPath({ status: ["failed", "returned"], dest_currency: "EUR" }, "eyJpZCI6InBheV8xIn0");
    expect(path).toBe("/api/payouts?status=failed&status=returned&dest_currency=EUR&limit=100&cursor=eyJpZCI6InBheV8xIn0");
  });
});
