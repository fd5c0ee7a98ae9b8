import { decodeBase64url } from "./auth/base64url.js";
import { invalidParameter } from "./errors.js";
import type { Query } from "./query.js";

// Cursor pagination of anton-api.md: `limit` 1..100 (default 20), an opaque cursor
// (base64url of {"id":"<last item of the previous page>"}), `next_cursor` only when
// `has_more`. The cursor resumes right after the item it names, in the list's order.

export interface Page<T> {
  data: T[];
  has_more: boolean;
  next_cursor?: string;
}

/** A list in its serving order, with each id's position. */
export interface Collection<T extends { id: string }> {
  items: readonly T[];
  index: ReadonlyMap<string, number>;
}

export function collection<T extends { id: string }>(items: readonly T[]): Collection<T> {
  return { items, index: new Map(items.map((item, i) => [item.id, i])) };
}

export interface Paging {
  limit: number;
  cursor?: string;
}

export function encodeCursor(id: string): string {
  return Buffer.from(JSON.stringify({ id })).toString("base64url");
}

export function parsePaging(query: Query): Paging {
  const rawLimit = query.one("limit");
  let limit = 20;
  if (rawLimit !== undefined) {
    if (!/^[1-9]\d{0,2}$/.test(rawLimit) || Number(rawLimit) > 100) throw invalidParameter("limit", "must be an integer from 1 to 100");
    limit = Number(rawLimit);
  }
  const cursor = query.one("cursor");
  return cursor === undefined ? { limit } : { limit, cursor };
}

/** Position of the item a cursor names in `list`; a 400 naming cursor when it is malformed or names no item. */
function cursorPosition(cursor: string, list: Collection<{ id: string }>): number {
  const bytes = decodeBase64url(cursor);
  let parsed: unknown;
  try {
    parsed = bytes && bytes.length > 0 ? JSON.parse(bytes.toString("utf8")) : undefined;
  } catch {
    parsed = undefined;
  }
  const keys = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? Object.keys(parsed) : [];
  const id = (parsed as { id?: unknown } | undefined)?.id;
  if (keys.length !== 1 || typeof id !== "string") throw invalidParameter("cursor", "is malformed");
  const position = list.index.get(id);
  if (position === undefined) throw invalidParameter("cursor", "does not point into this list");
  return position;
}

/** One page of the items of `list` that satisfy `match` (all when omitted). */
export function paginate<T extends { id: string }>(list: Collection<T>, paging: Paging, match?: (item: T, position: number) => boolean): Page<T> {
  const start = paging.cursor === undefined ? 0 : cursorPosition(paging.cursor, list) + 1;
  const data: T[] = [];
  const { items } = list;
  for (let i = start; i < items.length; i++) {
    const item = items[i]!;
    if (match && !match(item, i)) continue;
    if (data.length === paging.limit) {
      return { data, has_more: true, next_cursor: encodeCursor(data[data.length - 1]!.id) };
    }
    data.push(item);
  }
  return { data, has_more: false };
}
