"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseSearchState, serializeSearchState, type SearchState } from "@/lib/url-state";

export type HistoryMode = "push" | "replace";

/**
 * The search state read from, and written to, the URL. Writing uses the History API, which
 * Next.js keeps in sync with useSearchParams, so no server round trip happens on a change.
 * Typing replaces the current entry; facet and page changes push one (back/forward work).
 */
export function useUrlState(): [SearchState, (next: SearchState, mode: HistoryMode) => void] {
  const searchParams = useSearchParams();
  const state = useMemo(() => parseSearchState(searchParams).state, [searchParams]);
  const setState = useCallback((next: SearchState, mode: HistoryMode) => {
    window.history[mode === "push" ? "pushState" : "replaceState"](null, "", hrefFor(next));
  }, []);
  return [state, setState];
}

/** The search page's URL for a state. */
export function hrefFor(state: SearchState): string {
  const qs = serializeSearchState(state);
  return qs ? `/?${qs}` : "/";
}
