import type { TestClient } from "./client.js";

export interface PageBody<T> {
  data: T[];
  has_more: boolean;
  next_cursor?: string;
}

/** Follows next_cursor until has_more is false; returns every item and every page. */
export async function walk<T>(client: TestClient, path: string): Promise<{ items: T[]; pages: Array<PageBody<T>> }> {
  const pages: Array<PageBody<T>> = [];
  let cursor: string | undefined;
  for (;;) {
    const sep = path.includes("?") ? "&" : "?";
    const page = await client.getJson<PageBody<T>>(cursor ? `${path}${sep}cursor=${cursor}` : path);
    pages.push(page);
    if (!page.has_more) break;
    cursor = page.next_cursor;
    if (!cursor) throw new Error("has_more without next_cursor");
  }
  return { items: pages.flatMap((p) => p.data), pages };
}

export const ids = (items: Array<{ id: string }>) => items.map((i) => i.id);
