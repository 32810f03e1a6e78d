import type { MultiSearchQuery, SearchResponse } from "meilisearch";
import { bucketOf, type Granularity } from "../lib/date-buckets";
import { spansToCount, type Timeline, timelineOf } from "../lib/timeline";
import { hasDateRange, serializeSearchState, type SearchState, type SortOrder } from "../lib/url-state";
import { facetClause, fieldsOf, filtersOf } from "./facet-filters";
import { facetValues, topicTree, type FacetValueView } from "./facet-views";
import { filterExists, filterIn } from "./filters";
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from "./highlight";
import {
  CLAIMS_INDEX,
  FACETS,
  FACET_LABELS,
  HIT_FIELDS,
  SENTENCES_INDEX,
  TOPIC_PATH_SEPARATOR,
  type ClaimDoc,
  type Facet,
  type SentenceDoc,
  type SentenceFields,
} from "./schema";

export const HITS_PER_PAGE = 20;
/** Words kept around the match in a long sentence; the article page has the full text. */
export const SNIPPET_WORDS = 36;
export const CROP_MARKER = "…";
/**
 * The orders a search can be in, by index. "Article order" is by title, then article (titles
 * repeat), then position in it; a claim is placed by its head version's article.
 */
const SORTS: Record<SortOrder, { sentences?: string[]; claims?: string[] }> = {
  relevance: {},
  article: { sentences: ["article:asc", "articleId:asc", "position:asc"], claims: ["headArticle:asc", "articleId:asc", "position:asc"] },
  // A claim is as new as its latest report and as old as its first.
  newest: { sentences: ["dateTs:desc", "articleId:asc", "position:asc"], claims: ["lastTs:desc", "articleId:asc", "position:asc"] },
  oldest: { sentences: ["dateTs:asc", "articleId:asc", "position:asc"], claims: ["first.dateTs:asc", "articleId:asc", "position:asc"] },
};

/**
 * What every query of a search shares: the text and the index. Grouped, it searches the claims
 * index, where a repeated report is one document (grouping resolved when indexing: `distinct`
 * at query time cost about 3× as much at p50 and up to 9× at p95 on short prefixes, see the
 * README's speed section).
 */
export function searchBase(state: SearchState): MultiSearchQuery {
  return { indexUid: state.grouped ? CLAIMS_INDEX : SENTENCES_INDEX, q: state.q };
}

/** A query that only counts: exhaustive pagination with no hit, so the total is exact. */
export const COUNT_ONLY = { page: 1, hitsPerPage: 0 } as const;

/** The result set of a search, in its order: what the page shows a page of, and an export all of. */
export function resultQuery(state: SearchState): MultiSearchQuery {
  const sort = SORTS[state.sort][state.grouped ? "claims" : "sentences"];
  return { ...searchBase(state), filter: filtersOf(state), ...(sort ? { sort } : {}) };
}

/** Fields a read asks for, with the head's title when it reads claims (their `article` lists them all). */
export function retrieved(fields: readonly string[], state: Pick<SearchState, "grouped">): string[] {
  return state.grouped ? [...fields, "headArticle"] : [...fields];
}

/** A document of either index, as a sentence: a claim shows its head version, and its head's title. */
export function asSentence<T extends { article?: unknown; headArticle?: string }>(doc: T): T & { article: string } {
  return { ...doc, article: doc.headArticle ?? (doc.article as string) };
}

/**
 * State → Meilisearch multi-search queries, one round trip for the whole page:
 * 1. the main query (hits, snippets, counts of the groups nobody refined);
 * 2. one per refined group without that group's own clause, so its counts ignore its own
 *    selection (disjunctive faceting, as InstantSearch does it);
 * 3. one per selected speaker: how many distinct articles quote them in this search;
 * 4. one per selected value, counting only: Meilisearch returns a group's top values
 *    (`maxValuesPerFacet`), and a ticked value outside them is still counted exactly;
 * 5. with a date range, the results per month without it (the range's own counts ignore it,
 *    as a group's do); without one, the main query's count per month serves;
 * 6. the corpus's latest dated sentence, which the date presets count back from, and its earliest;
 * 7. with one speaker selected, their first and last dated sentence in this search.
 * The main query also counts the results per span of time, for the timeline's bars: which spans
 * depends on the range and on how many days the corpus covers, when known (`corpusDays`, from an
 * earlier answer's 6.; lib/timeline.ts `spansToCount`).
 */
export function buildSearchRequests(state: SearchState, corpusDays?: number): MultiSearchQuery[] {
  const refined = FACETS.filter((f) => state.filters[f].length > 0);
  const ranged = hasDateRange(state);
  const main: MultiSearchQuery = {
    ...hitsQuery(state),
    facets: [...FACETS.filter((f) => !refined.includes(f)).flatMap((f) => fieldsOf(f, state)), ...spansToCount(state.dates, corpusDays)],
    page: state.page,
    hitsPerPage: HITS_PER_PAGE,
  };
  const perFacet = refined.map(
    (f): MultiSearchQuery => ({ ...searchBase(state), filter: filtersOf(state, [f]), facets: [...fieldsOf(f, state)], ...COUNT_ONLY }),
  );
  const perSpeaker = state.filters.speaker.map(
    (s): MultiSearchQuery => ({
      indexUid: SENTENCES_INDEX,
      q: state.q,
      filter: filtersOf(state, ["speaker"], [filterIn("speaker", [s])]),
      distinct: "articleId",
      ...COUNT_ONLY,
    }),
  );
  return [
    main,
    ...perFacet,
    ...perSpeaker,
    ...selectedValues(state).map(({ filter }) => ({ ...searchBase(state), filter, ...COUNT_ONLY })),
    ...(ranged ? [{ ...searchBase(state), filter: filtersOf(state, ["dates"]), facets: ["month", "year"], ...COUNT_ONLY }] : []),
    ...(["desc", "asc"] as const).map((order) => ({
      indexUid: SENTENCES_INDEX,
      q: "",
      filter: DATED,
      sort: [`dateTs:${order}`],
      limit: 1,
      attributesToRetrieve: ["dateTs"],
    })),
    ...(oneSpeaker(state) ? (["asc", "desc"] as const).map((order) => spanQuery(state, order)) : []),
  ];
}

/** The main query's count of the span fields given, alone: the timeline's spans not counted with it. */
export function buildSpanCountRequest(state: SearchState, spans: readonly Granularity[]): MultiSearchQuery {
  return { ...searchBase(state), filter: filtersOf(state), facets: [...spans], ...COUNT_ONLY };
}

/** Only dated sentences: on undated input the date queries then have nothing to sort, at no cost. */
const DATED = filterExists("dateTs");

const oneSpeaker = (state: SearchState) => state.filters.speaker.length === 1;

/** The search's earliest or latest dated sentence. */
function spanQuery(state: SearchState, order: "asc" | "desc"): MultiSearchQuery {
  return {
    indexUid: SENTENCES_INDEX,
    q: state.q,
    filter: filtersOf(state, [], [DATED]),
    sort: [`dateTs:${order}`],
    limit: 1,
    attributesToRetrieve: [...SPAN_FIELDS],
  };
}

const SPAN_FIELDS = ["id", "articleId", "article", "position", "text", "date"] as const;
export type SpanSentence = SentenceFields<typeof SPAN_FIELDS>;

/** Every selected value with the filter that counts it as its group's counts would: state → [{ facet, value, filter }]. */
function selectedValues(state: SearchState): { facet: Facet; value: string; filter: string | undefined }[] {
  return FACETS.flatMap((facet) =>
    state.filters[facet].map((value) => ({ facet, value, filter: filtersOf(state, [facet], [facetClause(facet, [value])!]) })),
  );
}

/**
 * The hits of one page and nothing else, so that they can be painted before the counts: no
 * facets, and a page by offset with one hit more than it shows (is there a next page?) instead
 * of exhaustive pagination, which with grouping has to resolve every group to count them.
 */
export function buildHitsRequest(state: SearchState): MultiSearchQuery {
  return { ...hitsQuery(state), offset: (state.page - 1) * HITS_PER_PAGE, limit: HITS_PER_PAGE + 1 };
}

/** The result set with what a hit shows (fields, highlight, snippet), whatever the pagination. */
function hitsQuery(state: SearchState): MultiSearchQuery {
  return {
    ...resultQuery(state),
    // A claim's first report: where a repeated report's lineage starts.
    attributesToRetrieve: [...retrieved(HIT_FIELDS, state), ...(state.grouped ? ["first"] : [])],
    attributesToHighlight: ["text"],
    attributesToCrop: ["text"],
    cropLength: SNIPPET_WORDS,
    cropMarker: CROP_MARKER,
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
  };
}

/** A hit as the page shows it: the fields of HIT_FIELDS (`text` whole), and the highlighted snippet. */
export interface HitView extends SentenceFields<typeof HIT_FIELDS> {
  /** The sentence, cropped around the match in a long one, with matches wrapped in HIGHLIGHT_PRE / HIGHLIGHT_POST (never HTML). */
  highlighted: string;
  /** Of a repeated report on dated input: its earliest version. */
  first?: ClaimDoc["first"];
}

export type { FacetValueView };

export interface FacetView {
  name: Facet;
  label: string;
  values: FacetValueView[];
}

export interface SearchView {
  q: string;
  /** The search these results answer, as the page URL's query string: links made from them go back to it. */
  search: string;
  hits: HitView[];
  /** Claims when `grouped`, sentences otherwise. */
  total: number;
  grouped: boolean;
  page: number;
  totalPages: number;
  processingTimeMs: number;
  facets: FacetView[];
  /** For each selected speaker: how many distinct articles quote them in this search. */
  speakerArticles: Record<string, number>;
  /** When nothing matches: changes to the search that do return hits, with their counts. */
  relaxations: Relaxation[];
  /**
   * How many results were published in each month ("2017-11"), in order, the date range left out
   * (so that the other months can be chosen); empty when none is dated.
   */
  months: { month: string; count: number }[];
  /** The same per year (the months hold the 100 most frequent only: over many years, these are complete). */
  years: { year: string; count: number }[];
  /** The results per day, week, month or year, every span from the first to the last; none when no result is dated. */
  timeline?: Timeline;
  /** The day of the corpus's latest dated sentence ("2017-12-31"): the date presets count back from it. */
  latestDay?: string;
  /** The day of its earliest. */
  earliestDay?: string;
  /** With one speaker selected: their first and last dated sentence in this search. */
  speakerSpan?: { speaker: string; first: SpanSentence; last: SpanSentence };
}

export interface Relaxation {
  /** "Remove Speaker: John Kerry", "Clear the search text". */
  label: string;
  /** The relaxed state's query string. */
  query: string;
  count: number;
}

/** A hit of either index: a sentence, or a claim (whose `article` lists every article reporting it). */
type Searched = SentenceDoc | ClaimDoc;

export type Response = Pick<SearchResponse<Searched>, "hits" | "facetDistribution" | "processingTimeMs"> & {
  totalHits?: number;
  totalPages?: number;
  page?: number;
};

/** One page of hits, before the counts: whether a next page exists, not how many. */
export type HitsView = Pick<SearchView, "q" | "search" | "hits" | "grouped" | "page" | "processingTimeMs"> & { hasMore: boolean };

/** The answer to `buildHitsRequest` → what the UI renders of it. */
export function toHitsView(state: SearchState, result: Response): HitsView {
  const hits = result.hits.slice(0, HITS_PER_PAGE);
  return {
    q: state.q,
    search: serializeSearchState(state),
    hits: hits.map(toHitView),
    grouped: state.grouped,
    page: state.page,
    processingTimeMs: result.processingTimeMs,
    hasMore: result.hits.length > HITS_PER_PAGE,
  };
}

/** Multi-search results (in request order) → what the UI renders. */
export function toSearchView(state: SearchState, results: Response[]): SearchView {
  // The optional queries at the end first, in the reverse of their order.
  const head = [...results];
  const [latestOfSpeaker, firstOfSpeaker] = oneSpeaker(state) ? [head.pop(), head.pop()] : [];
  const earliest = head.pop();
  const latest = head.pop();
  const unranged = hasDateRange(state) ? head.pop() : undefined;
  const [main, ...rest] = head;
  if (!main) throw new Error("multi-search returned no result");
  const refined = FACETS.filter((f) => state.filters[f].length > 0);
  const perFacet = rest.slice(0, refined.length);
  const perSpeaker = rest.slice(refined.length, refined.length + state.filters.speaker.length);
  const perSelected = rest.slice(refined.length + state.filters.speaker.length);
  const monthly = unranged ?? main;
  const dated = (r: Response | undefined) => (r?.hits[0]?.date ? (r.hits[0] as unknown as SpanSentence) : undefined);
  const [first, last] = [dated(firstOfSpeaker), dated(latestOfSpeaker)];
  const selectedCounts = selectedValues(state).map((s, i) => ({ ...s, count: perSelected[i]?.totalHits ?? 0 }));
  const distributionOf = (field: string, f: Facet) => {
    const at = refined.indexOf(f);
    const counted = { ...((at >= 0 ? perFacet[at] : main)?.facetDistribution?.[field] ?? {}) };
    // A selected value beyond the top values the engine returned: its own count.
    const levels = f === "topic" ? (field === "topic_lvl1" ? isPath : (v: string) => !isPath(v)) : () => true;
    for (const s of selectedCounts) if (s.facet === f && levels(s.value) && !(s.value in counted)) counted[s.value] = s.count;
    return counted;
  };
  return {
    q: state.q,
    search: serializeSearchState(state),
    hits: main.hits.map(toHitView),
    total: main.totalHits ?? 0,
    grouped: state.grouped,
    page: main.page ?? state.page,
    totalPages: main.totalPages ?? 0,
    processingTimeMs: Math.max(...results.map((r) => r.processingTimeMs)),
    facets: FACETS.map((f) => ({
      name: f,
      label: FACET_LABELS[f],
      values:
        f === "topic"
          ? topicTree(distributionOf("topic_lvl0", f), distributionOf("topic_lvl1", f), state.filters.topic)
          : facetValues(distributionOf(fieldsOf(f, state)[0]!, f), state.filters[f]),
    })),
    speakerArticles: Object.fromEntries(state.filters.speaker.map((s, i) => [s, perSpeaker[i]?.totalHits ?? 0])),
    relaxations: [],
    timeline: timelineOf(main.facetDistribution ?? {}, state.dates),
    ...(typeof latest?.hits[0]?.dateTs === "number" ? { latestDay: bucketOf(latest.hits[0].dateTs, "day") } : {}),
    ...(typeof earliest?.hits[0]?.dateTs === "number" ? { earliestDay: bucketOf(earliest.hits[0].dateTs, "day") } : {}),
    ...(first && last ? { speakerSpan: { speaker: state.filters.speaker[0]!, first, last } } : {}),
    months: Object.entries(monthly?.facetDistribution?.month ?? {})
      .map(([month, count]) => ({ month, count }))
      .sort((a, b) => a.month.localeCompare(b.month)),
    years: Object.entries(monthly?.facetDistribution?.year ?? {})
      .map(([year, count]) => ({ year, count }))
      .sort((a, b) => a.year.localeCompare(b.year)),
  };
}

const isPath = (topic: string) => topic.includes(TOPIC_PATH_SEPARATOR);

/** A hit from Meilisearch → what the page shows of it. */
function toHitView(hit: Response["hits"][number]): HitView {
  const h = asSentence(hit);
  return {
    id: h.id,
    articleId: h.articleId,
    article: h.article,
    position: h.position,
    text: h.text,
    highlighted: (h._formatted?.text as string | undefined) ?? h.text,
    speaker: h.speaker ?? [],
    country: h.country ?? [],
    topic: h.topic ?? [],
    claimId: h.claimId ?? h.id,
    claimArticles: h.claimArticles ?? 1,
    ...(h.date ? { date: h.date } : {}),
    ...("first" in h && h.first ? { first: h.first } : {}),
  };
}
