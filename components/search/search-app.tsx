"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { SWRConfig } from "swr";
import {
  clearFilters,
  hasDateRange,
  parseSearchState,
  toggleFilter,
  withDates,
  withGrouping,
  withOnly,
  withPage,
  withPeopleOnly,
  withQuery,
  withSort,
  type SearchState,
} from "@/lib/url-state";
import type { HitsView, SearchView } from "@/meili/query";
import type { Facet } from "@/meili/schema";
import { feedPath } from "@/lib/links";
import { ActiveFilters } from "./active-filters";
import { DateFilter } from "./date-filter";
import { FacetPanel } from "./facet-panel";
import { HitList } from "./hit-list";
import { NoResults } from "./no-results";
import { Pagination } from "./pagination";
import { QueryHelp } from "./query-help";
import { ResultsToolbar } from "./results-toolbar";
import { SearchBox } from "./search-box";
import { Stats } from "./stats";
import { Timeline } from "./timeline";
import { useDelayedFlag } from "./use-delayed-flag";
import { useKeyboard } from "./use-keyboard";
import { cacheStartingWith, exportHref, useHits, usePrefetchHits, useSearch } from "./use-search";
import { hrefFor, useUrlState } from "./use-url-state";

export interface SearchAppProps {
  /** The server's results for the URL the page was opened with. */
  initialState: SearchState;
  initialData: SearchView | null;
  initialError: string | null;
}

/** The search page in the browser: SWR takes over from the server-rendered first results. */
export function SearchApp({ initialState, initialData, initialError }: SearchAppProps) {
  return (
    <SWRConfig value={{ provider: cacheStartingWith(initialState, initialData) }}>
      <SearchPage initialError={initialError} />
    </SWRConfig>
  );
}

function SearchPage({ initialError }: { initialError: string | null }) {
  const [state, setState] = useUrlState();
  // The hits come first, the counts (totals, facets, pages) after: a keystroke never waits for
  // them, and they are asked for only once the hits are in, so that on a machine's few cores the
  // engine counting one search never delays the hits of the next.
  const found = useHits(state);
  const prefetchHits = usePrefetchHits();
  const ask = !found.isLoading && found.error === undefined;
  const counts = useSearch(state, ask);
  const countsCurrent = ask && Boolean(counts.data) && !counts.isLoading;
  const data = countsCurrent ? counts.data : undefined;
  const hits = found.data;
  const error = found.error ?? counts.error;
  const slow = useDelayedFlag(found.isLoading || found.isValidating);
  // (Marked at once, not after a delay: counts of another search must never look current.)
  const counting = !countsCurrent || counts.isValidating;
  const [drawerOpen, setDrawerOpen] = useState(false);
  // Marks the page interactive once hydrated (tests wait for it; input before it is native only).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const focusFirstHitOf = useFirstHitFocus(hits);
  useKeyboard({ onClear: useCallback(() => setState(withQuery(state, ""), "replace"), [state, setState]) });
  const message = error?.message ?? (!hits ? initialError : null);
  // Handlers that keep their identity while the search changes, so the hits and the facet
  // groups are not drawn again at each keystroke (they read the search when called).
  const current = useCurrent(state);
  const onToggle = useCallback((f: Facet, v: string) => setState(toggleFilter(current.current, f, v), "push"), [current, setState]);
  const onPeopleOnly = useCallback((on: boolean) => setState(withPeopleOnly(current.current, on), "push"), [current, setState]);
  const onSpeaker = useCallback((s: string) => setState(withOnly(current.current, "speaker", s), "push"), [current, setState]);
  const onDates = useCallback((d: SearchState["dates"]) => setState(withDates(current.current, d), "push"), [current, setState]);
  const datesHref = useCallback((d: SearchState["dates"]) => hrefFor(withDates(current.current, d)), [current]);
  const countsSearch = counts.data?.search;
  // Dated input only: an undated index shows no date control.
  const dated = Boolean(counts.data?.months.length) || hasDateRange(state);
  const countedIn = useMemo(() => parseSearchState(new URLSearchParams(countsSearch)).state, [countsSearch]);
  return (
    <form
      role="search"
      action="/"
      method="get"
      onSubmit={(e) => e.preventDefault()}
      data-hydrated={hydrated || undefined}
      className="mx-auto max-w-6xl px-4 py-6"
    >
      <header className="mb-5 flex flex-col gap-3">
        <h1 className="text-2xl font-bold tracking-tight">
          <a href="/">Parley</a>
          <span className="ml-2 text-base font-normal text-slate-600 dark:text-slate-400">who said what, where, and who reported it</span>
        </h1>
        <div className="flex gap-2">
          <SearchBox
            value={state.q}
            onChange={(q) => {
              const next = withQuery(state, q);
              prefetchHits(next);
              setState(next, "replace");
            }}
          />
          <QueryHelp />
        </div>
      </header>
      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <button
          type="button"
          className="rounded-lg px-3 py-2 text-left text-sm font-medium ring-1 ring-slate-300 md:hidden dark:ring-slate-600"
          aria-expanded={drawerOpen}
          aria-controls="facets"
          onClick={() => setDrawerOpen(!drawerOpen)}
        >
          Filters
        </button>
        <aside
          id="facets"
          aria-label="Filters"
          className={`${drawerOpen ? "fixed inset-0 z-40 block overflow-y-auto bg-white p-4 dark:bg-slate-950" : "hidden"} md:static md:block md:p-0`}
        >
          {drawerOpen && (
            <button
              type="button"
              onClick={() => setDrawerOpen(false)}
              className="mb-2 rounded px-3 py-1 text-sm ring-1 ring-slate-300 md:hidden"
            >
              Close filters
            </button>
          )}
          {counts.data && (
            // Counts of an earlier search stay, dimmed and marked busy, until this one's arrive.
            <div aria-busy={counting || undefined} data-counts-query={counts.data.q} className={counting ? "opacity-60" : undefined}>
              {dated && (
                <DateFilter
                  dates={state.dates}
                  months={counts.data.months}
                  years={counts.data.years}
                  latestDay={counts.data.latestDay}
                  hrefFor={datesHref}
                  onDates={onDates}
                />
              )}
              <FacetPanel
                facets={counts.data.facets}
                selected={state.filters}
                peopleOnly={state.peopleOnly}
                countedIn={countedIn}
                speakerArticles={counts.data.speakerArticles}
                onToggle={onToggle}
                onPeopleOnly={onPeopleOnly}
                speakerSpan={counts.data.speakerSpan}
                timeline={counts.data.timeline}
              />
            </div>
          )}
        </aside>
        <section aria-label="Search results" className="flex min-w-0 flex-col gap-4">
          {message && (
            <p
              role="alert"
              className="rounded-lg bg-red-50 px-4 py-3 text-sm text-red-900 ring-1 ring-red-200 dark:bg-red-950 dark:text-red-100 dark:ring-red-800"
            >
              {message}
            </p>
          )}
          <ActiveFilters
            filters={state.filters}
            peopleOnly={state.peopleOnly}
            dates={state.dates}
            onRemove={(f, v) => setState(toggleFilter(state, f, v), "push")}
            onDatesOff={() => setState(withDates(state, {}), "push")}
            onPeopleOnlyOff={() => setState(withPeopleOnly(state, false), "push")}
            onClear={() => setState(clearFilters(state), "push")}
          />
          <ResultsToolbar
            sort={state.sort}
            dated={dated}
            grouped={state.grouped}
            onSort={(sort) => setState(withSort(state, sort), "push")}
            onGrouped={(grouped) => setState(withGrouping(state, grouped), "push")}
            exportCsv={exportHref(state, "csv")}
            exportJson={exportHref(state, "json")}
            link={hrefFor(state)}
            feed={feedPath(state)}
          />
          {/* The noun follows the numbers on screen, not the state still loading. */}
          <Stats
            total={counts.data?.total ?? 0}
            grouped={counts.data?.grouped ?? state.grouped}
            processingTimeMs={hits?.processingTimeMs ?? 0}
            loading={slow}
            counting={counting}
          />
          {counts.data?.timeline && (
            <div aria-busy={counting || undefined} className={counting ? "opacity-60" : undefined}>
              <Timeline timeline={counts.data.timeline} grouped={counts.data.grouped} hrefFor={datesHref} onRange={onDates} />
            </div>
          )}
          {data && data.hits.length === 0 && (
            <NoResults
              relaxations={data.relaxations}
              onRelax={(query) => setState(parseSearchState(new URLSearchParams(query)).state, "push")}
            />
          )}
          {hits && <HitList hits={hits.hits} query={hits.q} backQuery={hits.search} onSpeaker={onSpeaker} />}
          {data && (
            <Pagination
              page={data.page}
              totalPages={data.totalPages}
              hrefFor={(p) => hrefFor(withPage(state, p))}
              onPage={(p) => {
                focusFirstHitOf(p);
                setState(withPage(state, p), "push");
              }}
            />
          )}
        </section>
      </div>
    </form>
  );
}

/**
 * After paging, focus moves to the first result once the new page is on screen (and the
 * browser scrolls to it); at any other change, focus stays where it is.
 */
function useFirstHitFocus(data: HitsView | undefined) {
  const pending = useRef<number | null>(null);
  useEffect(() => {
    if (pending.current === null || data?.page !== pending.current) return;
    pending.current = null;
    document.querySelector<HTMLElement>("[data-hit]")?.focus();
  }, [data]);
  return (page: number) => {
    pending.current = page;
  };
}

/** A ref that always holds the latest `value` (set after each render, before effects and events). */
function useCurrent<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
