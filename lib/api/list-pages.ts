import type { ListPage } from "./types";

/** Anton's cursor contract: `has_more` is the only stop signal; no cursor also means stop. */
export function nextCursorOf(page: ListPage<unknown>): string | undefined {
  return page.has_more ? page.next_cursor : undefined;
}

/**
 * The rows of every loaded page in order, each id once: a refetch after new rows arrived
 * can shift a row across a page boundary, and a table keyed by id must not see it twice.
 */
export function flattenPages<T extends { id: string }>(pages: readonly ListPage<T>[]): T[] {
  const seen = new Set<string>();
  const rows: T[] = [];
  for (const page of pages) {
    for (const row of page.data) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      rows.push(row);
    }
  }
  return rows;
}
