"use client";

import { useEffect } from "react";
import useSWR, { preload, useSWRConfig } from "swr";
import { serializeSearchState, type SearchState } from "@/lib/url-state";
import type { FacetValueView, HitsView, SearchView } from "@/meili/query";
import type { Facet } from "@/meili/schema";
import type { ClaimVersion, ContextSentence } from "@/meili/searches";

/**
 * The only module that knows SWR: a search's whole view (hits and counts) from /api/search,
 * and its page of hits alone from /api/hits, painted first. The cache key is the request URL.
 */
export function searchCacheKey(state: SearchState): string {
  return `/api/search?${serializeSearchState(state)}`;
}

export function hitsCacheKey(state: SearchState): string {
  return `/api/hits?${serializeSearchState(state)}`;
}

/**
 * An SWR cache that starts with the server's results for the first URL, hits and counts.
 * (SWR's `fallback` is not enough: with `keepPreviousData`, coming back to that URL would show
 * the last search's results instead of its own.)
 */
export function cacheStartingWith(state: SearchState, data: SearchView | null): () => Map<string, { data: unknown }> {
  return () =>
    new Map(
      data
        ? [
            [searchCacheKey(state), { data }],
            [hitsCacheKey(state), { data: hitsOf(data) }],
          ]
        : [],
    );
}

export class SearchError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function fetchJson<T>(key: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(key, { headers: { Accept: "application/json" }, signal });
  const body = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok) throw new SearchError(body.error ?? `Search failed (${response.status})`, response.status);
  return body;
}

/** The hits part of a whole search's view (the server renders both at once). */
export const hitsOf = (view: SearchView): HitsView => ({
  q: view.q,
  search: view.search,
  hits: view.hits,
  grouped: view.grouped,
  page: view.page,
  processingTimeMs: view.processingTimeMs,
  hasMore: view.page < view.totalPages,
});

/** The request in flight per endpoint (/api/search, /api/hits), aborted when another starts. */
const inFlight = new Map<string, AbortController>();

/**
 * One search at a time per endpoint: a new one aborts the one it supersedes (typing "polic"
 * cancels "poli"), so requests for every prefix do not pile up in the browser or on the
 * server, which stops waiting for Meilisearch when its request is aborted.
 */
export async function fetchLatestSearch<T = SearchView>(key: string): Promise<T> {
  const endpoint = key.split("?")[0]!;
  inFlight.get(endpoint)?.abort();
  const controller = new AbortController();
  inFlight.set(endpoint, controller);
  try {
    return await fetchJson<T>(key, controller.signal);
  } finally {
    if (inFlight.get(endpoint) === controller) inFlight.delete(endpoint);
  }
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === "AbortError";

/**
 * SWR keyed by the serialized state: a slow response for an older key never replaces the
 * results of the current one; previous results stay on screen while the next load.
 * While the engine is down, it retries every 2 s and recovers by itself.
 */
export function useSearch(state: SearchState, ask = true) {
  return useLatest<SearchView>(ask ? searchCacheKey(state) : null);
}

/** The page of hits alone for a state, which comes before `useSearch`'s counts. */
export function useHits(state: SearchState) {
  return useLatest<HitsView>(hitsCacheKey(state));
}

/**
 * Asks for a state's hits at once, from the keystroke's handler, not after the page has been
 * drawn for it (`useHits` then takes the answer in flight); nothing for a state already cached.
 */
export function usePrefetchHits(): (state: SearchState) => void {
  const { cache } = useSWRConfig();
  return (state) => {
    const key = hitsCacheKey(state);
    if (cache.get(key) === undefined) void preload(key, fetchLatestSearch<HitsView>).catch(() => {});
  };
}

function useLatest<T>(key: string | null) {
  const result = useSWR<T, SearchError>(key, fetchLatestSearch<T>, {
    keepPreviousData: true,
    revalidateOnFocus: false,
    revalidateIfStale: false,
    dedupingInterval: 1000,
    onErrorRetry: (error, _key, _config, revalidate, { retryCount }) => {
      // (A superseded search was aborted on purpose: coming back to it fetches it afresh.)
      if (isAbort(error) || error.status === 400 || retryCount > 1000) return;
      setTimeout(() => revalidate({ retryCount }), 2000);
    },
  });
  // Back at a search that was aborted while it loaded ("mos" → "mo" within a second): SWR
  // hands back that abort, so it is asked again, and shown as loading rather than failed.
  const aborted = isAbort(result.error);
  const { mutate } = result;
  useEffect(() => {
    if (aborted) void mutate();
  }, [aborted, mutate]);
  return aborted ? { ...result, error: undefined, isLoading: true } : result;
}

/** Where a group's value search asks; null (no request) for an empty text. */
export function facetValuesKey(state: SearchState, facet: Facet, text: string): string | null {
  if (!text.trim()) return null;
  return withSearch(`/api/facet-values?facet=${facet}&fq=${encodeURIComponent(text.trim())}`, state);
}

/** A group's values matching `text`, counted within the current search. */
export function useFacetValues(state: SearchState, facet: Facet, text: string) {
  return useSWR<{ values: FacetValueView[] }, SearchError>(facetValuesKey(state, facet, text), fetchJson, {
    keepPreviousData: true,
    revalidateOnFocus: false,
  });
}

/** Every article's version of a repeated report, fetched once it is asked for. */
export function useClaimVersions(claimId: string, open: boolean) {
  return useSWR<{ versions: ClaimVersion[] }, SearchError>(open ? `/api/claims/${encodeURIComponent(claimId)}` : null, fetchJson, {
    revalidateOnFocus: false,
  });
}

/** The sentences around a hit, fetched once it is asked for. */
export function useSentenceContext(sentenceId: string, open: boolean) {
  return useSWR<{ before?: ContextSentence; after?: ContextSentence }, SearchError>(
    open ? `/api/context/${encodeURIComponent(sentenceId)}` : null,
    fetchJson,
    {
      revalidateOnFocus: false,
    },
  );
}

/** The export of the current search's whole result set. */
export function exportHref(state: SearchState, format: "csv" | "json"): string {
  return withSearch(`/api/export?format=${format}`, state);
}

/** An API path with the search's own parameters after its own (any page: these take the whole search). */
function withSearch(path: string, state: SearchState): string {
  const search = serializeSearchState({ ...state, page: 1 });
  return search ? `${path}&${search}` : path;
}
