// Walks a cursor-paginated list one page per call. Anton's contract: `has_more` is the only
// stop signal (the last page can be full), and no cursor also means stop.

export interface CursorPage<Row> {
  data: Row[];
  has_more: boolean;
  next_cursor?: string;
}

export interface Pager<Row> {
  /** The next page's rows; call only while `done` is false. */
  next(signal: AbortSignal): Promise<Row[]>;
  readonly done: boolean;
}

export function cursorPager<Row>(fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<CursorPage<Row>>): Pager<Row> {
  let cursor: string | undefined;
  let done = false;
  return {
    async next(signal) {
      if (done) throw new Error("the pager has no more pages");
      const page = await fetchPage(cursor, signal);
      cursor = page.has_more ? page.next_cursor : undefined;
      done = cursor === undefined;
      return page.data;
    },
    get done() {
      return done;
    },
  };
}
