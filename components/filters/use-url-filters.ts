"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseQuery, toSearchParams, type QueryProblem, type QuerySpec, type QueryValues } from "@/lib/filters/query-spec";
import { clearedSearchParams, patchSearchParams, type UrlPatch } from "@/lib/filters/url-state";

export interface UrlFilters<S extends QuerySpec> {
  /** Valid values only: what the page may act on and send. */
  values: QueryValues<S>;
  /** Hand-edited values the spec refused, each naming its parameter: shown, never sent. */
  problems: QueryProblem[];
  /** Whether any (valid) filter is set, for "no matches" versus "nothing yet". */
  hasFilters: boolean;
  update: (patch: UrlPatch, mode?: "replace" | "push") => void;
  /** Removes every filter; page-only state that is not a filter (the time zone) stays. */
  clear: () => void;
  /** Rewrites the URL from the valid values, dropping what was refused. */
  dropInvalid: () => void;
}

/**
 * A list page's state in its URL, declared once by a spec: the data API's filter names
 * plus page-only ones. Updates go through the History API, which Next's router follows
 * (useSearchParams updates) without a server round trip; replace by default so typing
 * filters does not flood Back, push where a step should be undoable.
 */
export function useUrlFilters<S extends QuerySpec>(pageSpec: S, filterNames: readonly string[]): UrlFilters<S> {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const query = searchParams.toString();
  const { values, problems } = useMemo(() => parseQuery(pageSpec, new URLSearchParams(query)), [pageSpec, query]);

  const write = useCallback(
    (next: URLSearchParams, mode: "replace" | "push" = "replace") => {
      const search = next.toString();
      const url = search ? `${pathname}?${search}` : pathname;
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [pathname],
  );

  // Always patch the live URL, not the last render's copy, so quick successive updates compose.
  const current = () => new URLSearchParams(window.location.search);

  const update = useCallback((patch: UrlPatch, mode?: "replace" | "push") => write(patchSearchParams(current(), patch), mode), [write]);

  const clear = useCallback(() => {
    const keep = Object.keys(pageSpec).filter((name) => !filterNames.includes(name));
    write(clearedSearchParams(current(), keep));
  }, [pageSpec, filterNames, write]);

  const dropInvalid = useCallback(() => write(toSearchParams(pageSpec, parseQuery(pageSpec, current()).values)), [pageSpec, write]);

  const hasFilters = filterNames.some((name) => values[name] !== undefined);
  return { values, problems, hasFilters, update, clear, dropInvalid };
}
