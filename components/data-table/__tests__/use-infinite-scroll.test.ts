import { describe, expect, it } from "vitest";
import { shouldLoadMore, type LoadMoreState } from "../use-infinite-scroll";

const base: LoadMoreState = { lastRenderedIndex: 10, loadedCount: 100, hasNextPage: true, isFetchingNextPage: false, nextPageFailed: false };

describe("shouldLoadMore", () => {
  it("waits while the reader is far from the end", () => {
    expect(shouldLoadMore(base)).toBe(false);
  });

  it("asks for the next page within the threshold of the last loaded row", () => {
    expect(shouldLoadMore({ ...base, lastRenderedIndex: 49 })).toBe(false);
    expect(shouldLoadMore({ ...base, lastRenderedIndex: 50 })).toBe(true);
    expect(shouldLoadMore({ ...base, lastRenderedIndex: 99 })).toBe(true);
  });

  it("never asks twice, after the end, after a failure, or with nothing rendered", () => {
    const near = { ...base, lastRenderedIndex: 95 };
    expect(shouldLoadMore({ ...near, isFetchingNextPage: true })).toBe(false);
    expect(shouldLoadMore({ ...near, hasNextPage: false })).toBe(false);
    expect(shouldLoadMore({ ...near, nextPageFailed: true })).toBe(false);
    expect(shouldLoadMore({ ...near, lastRenderedIndex: -1 })).toBe(false);
  });
});
