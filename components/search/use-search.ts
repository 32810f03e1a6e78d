"use client";

import useSWR from "swr";
import { serializeSearchState, type SearchState } from "@/lib/url-state";
import type { SearchView } from "@/meili/query";

/** The only module that knows SWR: results for a state, from /api/search. */
export function searchKey(state: SearchState): string {
  return `/api/search?${serializeSearchState(state)}`;
}

export class SearchError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

async function fetchSearch(key: string): Promise<SearchView> {
  const response = await fetch(key, { headers: { Accept: "application/json" } });
  const body = (await response.json().catch(() => ({}))) as SearchView & { error?: string };
  if (!response.ok) throw new SearchError(body.error ?? `Search failed (${response.status})`, response.status);
  return body;
}

/**
 * SWR keyed by the serialized state: a slow response for an older key never replaces the
 * results of the current one; previous results stay on screen while the next load.
 * While the engine is down, it retries every 2 s and recovers by itself.
 */
export function useSearch(state: SearchState) {
  return useSWR<SearchView, SearchError>(searchKey(state), fetchSearch, {
    keepPreviousData: true,
    revalidateOnFocus: false,
    revalidateIfStale: false,
    dedupingInterval: 1000,
    onErrorRetry: (error, _key, _config, revalidate, { retryCount }) => {
      if (error.status === 400 || retryCount > 1000) return;
      setTimeout(() => revalidate({ retryCount }), 2000);
    },
  });
}
