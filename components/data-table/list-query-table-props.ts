import { toTableError } from "./table-error";

/** The part of an infinite query a list table shows: what `DataTable` takes from it. */
interface ListQuery {
  data: unknown;
  status: "pending" | "error" | "success";
  error: unknown;
  isError: boolean;
  isFetching: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  refetch: () => unknown;
  fetchNextPage: () => unknown;
}

/**
 * A list query's state as `DataTable` props. Rows already loaded stay on screen when a
 * refresh or a later page fails: the header or the footer reports that failure.
 */
export function listQueryTableProps(query: ListQuery, what: string) {
  return {
    status: query.data ? "success" : query.status,
    error: query.isError ? toTableError(query.error, what) : undefined,
    onRetry: () => void query.refetch(),
    retrying: query.isFetching,
    hasNextPage: query.hasNextPage,
    isFetchingNextPage: query.isFetchingNextPage,
    nextPageError: query.isFetchNextPageError ? toTableError(query.error, what) : undefined,
    fetchNextPage: query.fetchNextPage,
  } as const;
}
