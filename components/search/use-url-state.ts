"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { parseSearchState, serializeSearchState, type SearchState } from "@/lib/url-state";

export type HistoryMode = "push" | "replace";

/**
 * The search state, mirrored in the URL. A change updates React state at once (a tick or a
 * key never waits for the router) and writes the URL with the History API: typing replaces
 * the current entry, facet and page changes push one. Back and forward re-read the URL.
 */
export function useUrlState(): [SearchState, (next: SearchState, mode: HistoryMode) => void] {
  const searchParams = useSearchParams();
  const [state, setLocal] = useState(() => parseSearchState(searchParams).state);
  useEffect(() => {
    const onPop = () => setLocal(parseSearchState(new URLSearchParams(window.location.search)).state);
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  const setState = useCallback((next: SearchState, mode: HistoryMode) => {
    setLocal(next);
    window.history[mode === "push" ? "pushState" : "replaceState"](window.history.state, "", hrefFor(next));
  }, []);
  return [state, setState];
}

/** The search page's URL for a state. */
export function hrefFor(state: SearchState): string {
  const qs = serializeSearchState(state);
  return qs ? `/?${qs}` : "/";
}
