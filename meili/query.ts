import type { MultiSearchQuery, SearchResponse } from "meilisearch";
import type { SearchState } from "../lib/url-state";
import { allOf, filterIn } from "./filters";
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from "./highlight";
import { FACETS, FACET_LABELS, SENTENCES_INDEX, type Facet, type SentenceDoc } from "./schema";

export const HITS_PER_PAGE = 20;
/** Facet values sent to the browser per group (the panel shows 10, then "Show more"). */
export const FACET_VALUES_SENT = 100;

const RETRIEVED: (keyof SentenceDoc)[] = ["id", "articleId", "article", "position", "text", "speaker", "country", "topic"];

/**
 * State → Meilisearch multi-search queries: the main query (hits + counts of the facets
 * nobody refined), then one per refined facet without that facet's own clause, so that a
 * group's counts ignore its own selection (disjunctive faceting, as InstantSearch does it).
 */
export function buildSearchRequests(state: SearchState): MultiSearchQuery[] {
  const refined = FACETS.filter((f) => state.filters[f].length > 0);
  const clause = (f: Facet) => filterIn(f, state.filters[f]);
  const main: MultiSearchQuery = {
    indexUid: SENTENCES_INDEX,
    q: state.q,
    filter: allOf(refined.map(clause)),
    facets: FACETS.filter((f) => !refined.includes(f)),
    page: state.page,
    hitsPerPage: HITS_PER_PAGE,
    attributesToRetrieve: RETRIEVED,
    attributesToHighlight: ["text"],
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
  };
  const perFacet = refined.map(
    (f): MultiSearchQuery => ({
      indexUid: SENTENCES_INDEX,
      q: state.q,
      filter: allOf(refined.filter((g) => g !== f).map(clause)),
      facets: [f],
      limit: 0,
    }),
  );
  return [main, ...perFacet];
}

export interface HitView {
  id: string;
  articleId: string;
  article: string;
  position: number;
  text: string;
  /** The text with matches wrapped in HIGHLIGHT_PRE / HIGHLIGHT_POST markers (never HTML). */
  highlighted: string;
  speaker: string[];
  country: string[];
  topic: string[];
}

export interface FacetValueView {
  value: string;
  count: number;
  selected: boolean;
}

export interface FacetView {
  name: Facet;
  label: string;
  values: FacetValueView[];
}

export interface SearchView {
  q: string;
  hits: HitView[];
  total: number;
  page: number;
  totalPages: number;
  processingTimeMs: number;
  facets: FacetView[];
}

type Response = Pick<SearchResponse<SentenceDoc>, "hits" | "facetDistribution" | "processingTimeMs"> & {
  totalHits?: number;
  totalPages?: number;
  page?: number;
};

/** Multi-search results (in request order) → what the UI renders. */
export function toSearchView(state: SearchState, results: Response[]): SearchView {
  const [main, ...perFacet] = results;
  if (!main) throw new Error("multi-search returned no result");
  const refined = FACETS.filter((f) => state.filters[f].length > 0);
  const distributionOf = (f: Facet) => {
    const at = refined.indexOf(f);
    return (at >= 0 ? perFacet[at] : main)?.facetDistribution?.[f] ?? {};
  };
  return {
    q: state.q,
    hits: main.hits.map((h) => ({
      id: h.id,
      articleId: h.articleId,
      article: h.article,
      position: h.position,
      text: h.text,
      highlighted: (h._formatted?.text as string | undefined) ?? h.text,
      speaker: h.speaker ?? [],
      country: h.country ?? [],
      topic: h.topic ?? [],
    })),
    total: main.totalHits ?? 0,
    page: main.page ?? state.page,
    totalPages: main.totalPages ?? 0,
    processingTimeMs: Math.max(main.processingTimeMs, ...perFacet.map((r) => r.processingTimeMs)),
    facets: FACETS.map((f) => ({ name: f, label: FACET_LABELS[f], values: facetValues(distributionOf(f), state.filters[f]) })),
  };
}

/** Counts sorted by count (then name), capped, with every selected value kept even at 0. */
export function facetValues(distribution: Record<string, number>, selected: string[]): FacetValueView[] {
  const values = Object.entries(distribution)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, FACET_VALUES_SENT)
    .map(([value, count]) => ({ value, count, selected: selected.includes(value) }));
  for (const value of selected) {
    if (!values.some((v) => v.value === value)) values.push({ value, count: distribution[value] ?? 0, selected: true });
  }
  return values;
}
