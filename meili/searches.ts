import type { Meilisearch, MultiSearchQuery } from "meilisearch";
import { DAY_SECONDS, dayStart } from "../lib/dates";
import { fold } from "../lib/fold";
import { uncountedSpans } from "../lib/timeline";
import type { SearchState } from "../lib/url-state";
import { fieldsOf, filtersOf } from "./facet-filters";
import { allOf, filterIn, filterRange } from "./filters";
import {
  asSentence,
  buildHitsRequest,
  buildSearchRequests,
  buildSpanCountRequest,
  COUNT_ONLY,
  resultQuery,
  retrieved,
  searchBase,
  toSearchView,
  toHitsView,
  type FacetValueView,
  type HitsView,
  type Response,
  type SearchView,
} from "./query";
import { relaxationCandidates, relaxationRequests, toRelaxations } from "./relax";
import {
  CLAIM_VERSION_FIELDS,
  CONTEXT_FIELDS,
  EXPORTED_FIELDS,
  FEED_FIELDS,
  FACET_VALUES_INDEX,
  SENTENCES_INDEX,
  type FacetValueDoc,
  type SearchableFacet,
  type ArticleRecord,
  type SentenceDoc,
  type SentenceFields,
} from "./schema";

/**
 * Every read the app makes, each as one function of a Meilisearch client (the app binds its
 * own in `client.ts`; integration tests pass a real server's).
 */

/**
 * Days the dated sentences of each server's corpus cover, as its last answer said: which of the
 * timeline's spans to count up front (a hint: a stale one costs a second request, never a
 * wrong count).
 */
const corpusDays = new WeakMap<Meilisearch, number>();

/**
 * The page's search as the engine answers it: one multi-search round trip for hits, snippets and
 * disjunctive counts; over a corpus of more than a year, a search whose results turn out to lie
 * within a year has its days and weeks counted in a second.
 */
export async function engineSearch(client: Meilisearch, state: SearchState, signal?: AbortSignal): Promise<Response[]> {
  const results = await multiSearch(client, buildSearchRequests(state, corpusDays.get(client)), signal);
  const main = results[0];
  const uncounted = main ? uncountedSpans(main.facetDistribution ?? {}, state.dates) : [];
  if (main && uncounted.length) {
    const [spans] = await multiSearch(client, [buildSpanCountRequest(state, uncounted)], signal);
    main.facetDistribution = { ...main.facetDistribution, ...spans?.facetDistribution };
  }
  return results;
}

/**
 * The whole page's search (`engineSearch`); only when nothing matches, another round trip counts
 * what each one-step relaxation would find. `signal` (the request's) stops waiting for
 * Meilisearch when whoever asked has gone.
 */
export async function searchSentences(client: Meilisearch, state: SearchState, signal?: AbortSignal): Promise<SearchView> {
  const view = toSearchView(state, await engineSearch(client, state, signal));
  if (view.earliestDay && view.latestDay)
    corpusDays.set(client, (dayStart(view.latestDay)! - dayStart(view.earliestDay)!) / DAY_SECONDS + 1);
  if (view.total > 0) return view;
  const candidates = relaxationCandidates(state);
  if (!candidates.length) return view;
  const counts = (await multiSearch(client, relaxationRequests(candidates), signal)).map((r) => r.totalHits ?? 0);
  return { ...view, relaxations: toRelaxations(candidates, counts) };
}

/**
 * One page of hits alone, for painting them before the counts of `searchSentences` arrive: no
 * facets and no exhaustive count, the costs that grow with the whole result set.
 */
export async function searchHits(client: Meilisearch, state: SearchState, signal?: AbortSignal): Promise<HitsView> {
  const [result] = await multiSearch(client, [buildHitsRequest(state)], signal);
  if (!result) throw new Error("multi-search returned no result");
  return toHitsView(state, result);
}

async function multiSearch(client: Meilisearch, queries: MultiSearchQuery[], signal?: AbortSignal): Promise<Response[]> {
  const { results } = await client.multiSearch<{ queries: MultiSearchQuery[] }, SentenceDoc>({ queries }, signal ? { signal } : undefined);
  return results as Response[];
}

export interface ArticleView {
  record: Pick<ArticleRecord, "id" | "title" | "url" | "date" | "source">;
  sentences: SentenceDoc[];
}

/** An article's sentences in order, or undefined when no such article is indexed. */
export async function getArticle(client: Meilisearch, articleId: string): Promise<ArticleView | undefined> {
  const result = await client.index<SentenceDoc>(SENTENCES_INDEX).search("", {
    filter: filterIn("articleId", [articleId]),
    sort: ["position:asc"],
    limit: 10_000,
  });
  const first = result.hits[0];
  if (!first) return undefined;
  return {
    record: { id: articleId, title: first.article, url: first.url, date: first.date, source: first.source },
    sentences: result.hits,
  };
}

export type ContextSentence = SentenceFields<typeof CONTEXT_FIELDS>;

/** The sentences just before and after one, in its article. */
export async function getContext(
  client: Meilisearch,
  articleId: string,
  position: number,
): Promise<{ before?: ContextSentence; after?: ContextSentence }> {
  const { hits } = await client.index<SentenceDoc>(SENTENCES_INDEX).search("", {
    filter: `${filterIn("articleId", [articleId])} AND ${filterRange("position", position - 1, position + 1)}`,
    attributesToRetrieve: [...CONTEXT_FIELDS],
    limit: 3,
  });
  const at = (p: number) => hits.find((h) => h.position === p);
  return { before: at(position - 1), after: at(position + 1) };
}

export type ClaimVersion = SentenceFields<typeof CLAIM_VERSION_FIELDS>;

/** Every article's version of a repeated report: the dated ones first, oldest first, then in article order. */
export async function getClaimVersions(client: Meilisearch, claimId: string, limit = 200): Promise<ClaimVersion[]> {
  const { hits } = await client.index<SentenceDoc>(SENTENCES_INDEX).search("", {
    filter: filterIn("claimId", [claimId]),
    sort: ["dateTs:asc", "article:asc", "articleId:asc", "position:asc"],
    attributesToRetrieve: [...CLAIM_VERSION_FIELDS],
    limit,
  });
  return hits;
}

/** Facet values found by search inside one group. */
export const FACET_SEARCH_LIMIT = 20;

/** Values of a group the value search reads, found by any word, before they are counted. */
const VALUE_CANDIDATES = 100;

/**
 * Searches one group's values within the rest of the search, so a value's count is what
 * ticking it would add. Meilisearch's facet search matches the start of a value, with typos
 * ("Jhon" → "John Kerry") but not a later word (meilisearch#5443), and users type surnames;
 * so the values index is searched too, for values with any word starting with the text, and
 * those are counted in this search (the same query the panel counts with, grouped or not).
 */
export async function searchFacetValues(
  client: Meilisearch,
  state: SearchState,
  facet: SearchableFacet,
  facetQuery: string,
): Promise<FacetValueView[]> {
  const filter = filtersOf(state, [facet]);
  const field = fieldsOf(facet, state)[0]!;
  const index = client.index(searchBase(state).indexUid);
  const [prefixed, candidates] = await Promise.all([
    index.searchForFacetValues({ facetName: field, facetQuery, q: state.q, filter }),
    client.index<FacetValueDoc>(FACET_VALUES_INDEX).search(facetQuery, {
      filter: filterIn("facet", [facet]),
      limit: VALUE_CANDIDATES,
      attributesToRetrieve: ["value"],
    }),
  ]);
  const named = candidates.hits.map((h) => h.value).filter((v) => hasWordStartingWith(v, facetQuery));
  const counted = named.length
    ? await index.search(state.q, { filter: allOf([...(filter ? [filter] : []), filterIn(facet, named)]), facets: [field], ...COUNT_ONLY })
    : undefined;
  const counts = counted?.facetDistribution?.[field] ?? {};
  const found = new Map<string, number>();
  for (const value of named) if (counts[value]) found.set(value, counts[value]);
  for (const hit of prefixed.facetHits) if (!found.has(hit.value)) found.set(hit.value, hit.count);
  return [...found.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, FACET_SEARCH_LIMIT)
    .map(([value, count]) => ({ value, count, selected: state.filters[facet].includes(value) }));
}

/** hasWordStartingWith("Sergey Lavrov", "lav") → true; accents and case do not matter. */
export function hasWordStartingWith(value: string, text: string): boolean {
  const wanted = fold(text.trim());
  if (!wanted) return true;
  const folded = fold(value);
  return folded.startsWith(wanted) || folded.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(wanted)) || folded.includes(` ${wanted}`);
}

export const EXPORT_CAP = 5000;
const EXPORT_PAGE = 1000;
export type ExportedSentence = SentenceFields<typeof EXPORTED_FIELDS>;

/**
 * The whole result set of a search, in its order, up to `cap` hits (a multiple of the page
 * size when above it); `total` is exact, `truncated` says there were more than the cap.
 */
export async function exportSentences(
  client: Meilisearch,
  state: SearchState,
  cap = EXPORT_CAP,
): Promise<{ hits: ExportedSentence[]; total: number; truncated: boolean }> {
  const { indexUid, q, ...query } = resultQuery(state);
  const hits: ExportedSentence[] = [];
  let total = 0;
  const hitsPerPage = Math.min(EXPORT_PAGE, cap);
  for (let page = 1; (page - 1) * hitsPerPage < cap; page++) {
    const result = await client
      .index<ExportedSentence>(indexUid)
      .search(q, { ...query, attributesToRetrieve: retrieved(EXPORTED_FIELDS, state), page, hitsPerPage });
    hits.push(...result.hits.map(asSentence));
    total = result.totalHits;
    if (hits.length >= total) break;
  }
  return { hits, total, truncated: total > hits.length };
}

export type FeedSentence = SentenceFields<typeof FEED_FIELDS>;

/** How many sentences a feed holds: feed readers keep what they have seen. */
export const FEED_ENTRIES = 50;

/**
 * A search's newest sentences for its feed, every sentence (not grouped: a report published
 * again is news again), newest first.
 */
export async function searchFeed(client: Meilisearch, state: SearchState): Promise<FeedSentence[]> {
  const { indexUid, q, ...query } = resultQuery({ ...state, grouped: false, sort: "newest" });
  const { hits } = await client
    .index<SentenceDoc>(indexUid)
    .search(q, { ...query, attributesToRetrieve: [...FEED_FIELDS], limit: FEED_ENTRIES });
  return hits;
}
