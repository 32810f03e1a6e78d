import { FACETS, isFacet, type Facet } from "../meili/schema";
import { dayStart } from "./dates";

/**
 * The search state and its URL form, in one place. The URL is the state:
 * `/?q=kerry&speaker=John%20Kerry&speaker=Sergey%20Lavrov&country=Russia&from=2017-11-01&to=2017-11-30&sort=article&group=off&page=2`
 * (a key repeated for several values, only non-default keys, facets in panel order).
 */
export interface SearchState {
  q: string;
  /** 1-based. */
  page: number;
  filters: Record<Facet, string[]>;
  sort: SortOrder;
  /** One hit per repeated report (claim), or every sentence. */
  grouped: boolean;
  /** Only sentences a person said, and only people in the Speaker group (`people=only`). */
  peopleOnly: boolean;
  /** Published from this day to that one, both included (UTC days, "YYYY-MM-DD"); either end may be open. */
  dates: DateRange;
}

export interface DateRange {
  from?: string;
  to?: string;
}

/** Relevance; the order of the articles (by title, then position); or by date, newest or oldest first. */
export const SORT_ORDERS = ["relevance", "article", "newest", "oldest"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/*
 * A topic filter value is a level-1 label (`conflict, war and peace`) or a path to a level-2
 * label (`conflict, war and peace > armed conflict`, TOPIC_PATH_SEPARATOR in meili/schema.ts),
 * so the tree's two levels share one key.
 */

export const LIMITS = {
  queryChars: 512,
  maxPage: 500,
  valuesPerFacet: 50,
  valueChars: 300,
} as const;

export interface ParamError {
  parameter: string;
  message: string;
}

export function emptyFilters(): Record<Facet, string[]> {
  return Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Record<Facet, string[]>;
}

export const DEFAULT_STATE: SearchState = {
  q: "",
  page: 1,
  filters: emptyFilters(),
  sort: "relevance",
  grouped: true,
  peopleOnly: false,
  dates: {},
};

/** Whether the search is restricted to a date range (either end). */
export function hasDateRange(state: Pick<SearchState, "dates">): boolean {
  return Boolean(state.dates.from || state.dates.to);
}

/** The date range's parameters: `from=2017-11-01&to=2017-11-30`. */
export const DATE_PARAMS = ["from", "to"] as const;

/** `people=only`: the Speaker group's "people only" switch, its parameter and its one value. */
export const PEOPLE_PARAM = "people";
export const PEOPLE_ONLY = "only";

const PARAMETERS = ["q", ...FACETS, PEOPLE_PARAM, ...DATE_PARAMS, "sort", "group", "page"].join(", ");

type ParamsLike = Pick<URLSearchParams, "getAll" | "keys">;

/**
 * URL parameters → state, with an error for each parameter that is out of bounds or unknown.
 * The state is always usable: a bad value falls back to its default (the page renders it);
 * the API answers 400 when there are errors.
 *
 * parseSearchState(new URLSearchParams("q=kerry&page=2")) → { state: { q: "kerry", page: 2, … }, errors: [] }
 */
export function parseSearchState(params: ParamsLike): { state: SearchState; errors: ParamError[] } {
  const errors: ParamError[] = [];
  const filters = emptyFilters();
  let q = "";
  let page = 1;
  let sort: SortOrder = DEFAULT_STATE.sort;
  let grouped = DEFAULT_STATE.grouped;
  let peopleOnly = DEFAULT_STATE.peopleOnly;
  const dates: DateRange = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (key === "q") {
      q = values[values.length - 1]!.trim();
      if (values.length > 1) errors.push({ parameter: "q", message: "given more than once" });
      if (q.length > LIMITS.queryChars) {
        errors.push({ parameter: "q", message: `longer than ${LIMITS.queryChars} characters` });
        q = q.slice(0, LIMITS.queryChars);
      }
    } else if (key === "page") {
      const raw = values[values.length - 1]!;
      const n = Number(raw);
      if (!/^\d+$/.test(raw) || n < 1 || n > LIMITS.maxPage) {
        errors.push({ parameter: "page", message: `must be a whole number from 1 to ${LIMITS.maxPage}` });
      } else page = n;
    } else if (key === "sort") {
      const raw = values[values.length - 1]!;
      if ((SORT_ORDERS as readonly string[]).includes(raw)) sort = raw as SortOrder;
      else errors.push({ parameter: "sort", message: `must be one of ${SORT_ORDERS.join(", ")}` });
    } else if (key === "group") {
      const raw = values[values.length - 1]!;
      if (raw === "on" || raw === "off") grouped = raw === "on";
      else errors.push({ parameter: "group", message: "must be on or off" });
    } else if (key === PEOPLE_PARAM) {
      if (values[values.length - 1] === PEOPLE_ONLY) peopleOnly = true;
      else errors.push({ parameter: PEOPLE_PARAM, message: `must be ${PEOPLE_ONLY}` });
    } else if (key === "from" || key === "to") {
      const raw = values[values.length - 1]!.trim();
      if (raw && dayStart(raw) === undefined) errors.push({ parameter: key, message: "must be a day as YYYY-MM-DD" });
      else if (raw) dates[key] = raw;
    } else if (isFacet(key)) {
      const kept = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
      if (kept.length > LIMITS.valuesPerFacet) errors.push({ parameter: key, message: `more than ${LIMITS.valuesPerFacet} values` });
      if (kept.some((v) => v.length > LIMITS.valueChars))
        errors.push({ parameter: key, message: `a value is longer than ${LIMITS.valueChars} characters` });
      filters[key] = kept.slice(0, LIMITS.valuesPerFacet).filter((v) => v.length <= LIMITS.valueChars);
    } else {
      errors.push({ parameter: key, message: `unknown parameter (expected ${PARAMETERS})` });
    }
  }
  if (dates.from && dates.to && dates.from > dates.to) {
    errors.push({ parameter: "to", message: `is before from (${dates.from})` });
    delete dates.to;
  }
  return { state: { q, page, filters, sort, grouped, peopleOnly, dates }, errors };
}

/** State → query string without "?" (empty for the default state). */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.peopleOnly) params.set(PEOPLE_PARAM, PEOPLE_ONLY);
  for (const key of DATE_PARAMS) if (state.dates[key]) params.set(key, state.dates[key]!);
  if (state.sort !== DEFAULT_STATE.sort) params.set("sort", state.sort);
  if (state.grouped !== DEFAULT_STATE.grouped) params.set("group", state.grouped ? "on" : "off");
  if (state.page > 1) params.set("page", String(state.page));
  return params.toString().replace(/\+/g, "%20");
}

/** From a Next.js `searchParams` object (string | string[] values). */
export function paramsFromRecord(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}

/** Ticks or unticks one facet value; any change of filters goes back to page 1. */
export function toggleFilter(state: SearchState, facet: Facet, value: string): SearchState {
  const current = state.filters[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, page: 1, filters: { ...state.filters, [facet]: next } };
}

/** Filters one facet to a single value (clicking a speaker's name on a hit). */
export function withOnly(state: SearchState, facet: Facet, value: string): SearchState {
  return { ...state, page: 1, filters: { ...state.filters, [facet]: [value] } };
}

export function withQuery(state: SearchState, q: string): SearchState {
  return { ...state, q, page: 1 };
}

export function withSort(state: SearchState, sort: SortOrder): SearchState {
  return { ...state, sort, page: 1 };
}

export function withGrouping(state: SearchState, grouped: boolean): SearchState {
  return { ...state, grouped, page: 1 };
}

/** Clears the query; keeps the filters, sort and grouping. */
export function withoutQuery(state: SearchState): SearchState {
  return { ...state, q: "", page: 1 };
}

/** "People only" on or off; like any filter change, back to page 1. */
export function withPeopleOnly(state: SearchState, peopleOnly: boolean): SearchState {
  return { ...state, peopleOnly, page: 1 };
}

export function withPage(state: SearchState, page: number): SearchState {
  return { ...state, page };
}

/** A new date range (either end open, or none); like any filter change, back to page 1. */
export function withDates(state: SearchState, dates: DateRange): SearchState {
  return { ...state, dates: { ...(dates.from ? { from: dates.from } : {}), ...(dates.to ? { to: dates.to } : {}) }, page: 1 };
}

export function clearFilters(state: SearchState): SearchState {
  return { ...state, page: 1, filters: emptyFilters(), peopleOnly: false, dates: {} };
}
