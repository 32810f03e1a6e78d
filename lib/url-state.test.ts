import { describe, expect, it } from "vitest";
import {
  DEFAULT_STATE,
  LIMITS,
  emptyFilters,
  paramsFromRecord,
  parseSearchState,
  serializeSearchState,
  toggleFilter,
  clearFilters,
  withOnly,
  withGrouping,
  withPeopleOnly,
  withQuery,
  withSort,
  withDates,
  type SearchState,
} from "./url-state";

const state = (over: Omit<Partial<SearchState>, "filters"> & { filters?: Partial<SearchState["filters"]> } = {}): SearchState => ({
  ...DEFAULT_STATE,
  ...over,
  filters: { ...emptyFilters(), ...over.filters },
});

const parse = (qs: string) => parseSearchState(new URLSearchParams(qs));

describe("url state", () => {
  it("serializes the default state to an empty string", () => {
    expect(serializeSearchState(DEFAULT_STATE)).toBe("");
  });

  it("round-trips parse ∘ serialize", () => {
    const s = state({ q: "kerry talks", page: 2, filters: { speaker: ["John Kerry", "Sergey Lavrov"], country: ["Russia"] } });
    const qs = serializeSearchState(s);
    expect(qs).toBe("q=kerry%20talks&speaker=John%20Kerry&speaker=Sergey%20Lavrov&country=Russia&page=2");
    expect(parse(qs)).toEqual({ state: s, errors: [] });
  });

  it("writes sort and grouping only when they differ from the default, and round-trips them", () => {
    const s = state({ q: "x", sort: "article", grouped: false, filters: { topic: ["politics", "politics > elections"] } });
    const qs = serializeSearchState(s);
    expect(qs).toBe("q=x&topic=politics&topic=politics%20%3E%20elections&sort=article&group=off");
    expect(parse(qs)).toEqual({ state: s, errors: [] });
    expect(serializeSearchState(withGrouping(withSort(s, "relevance"), true))).toBe("q=x&topic=politics&topic=politics%20%3E%20elections");
    expect(parse("group=on&sort=relevance").state).toEqual(DEFAULT_STATE);
  });

  it("rejects unknown sort orders and grouping values, naming the parameter", () => {
    expect(parse("sort=date").errors).toEqual([{ parameter: "sort", message: "must be one of relevance, article, newest, oldest" }]);
    expect(parse("group=maybe").errors[0]?.parameter).toBe("group");
    expect(parse("sort=date&group=maybe").state).toEqual(DEFAULT_STATE);
  });

  it("writes people=only after the facets, round-trips it, and rejects any other value", () => {
    const s = withPeopleOnly(state({ page: 4, filters: { speaker: ["Ida Novak"] } }), true);
    expect(s.page).toBe(1);
    const qs = serializeSearchState(s);
    expect(qs).toBe("speaker=Ida%20Novak&people=only");
    expect(parse(qs)).toEqual({ state: s, errors: [] });
    expect(parse("people=yes")).toEqual({ state: DEFAULT_STATE, errors: [{ parameter: "people", message: "must be only" }] });
    expect(clearFilters(s)).toEqual(DEFAULT_STATE);
  });

  it("writes the date range after the facets, either end open, and round-trips it", () => {
    const s = withDates(state({ page: 3, filters: { country: ["Peru"] }, sort: "newest" }), { from: "2017-11-01", to: "2017-11-30" });
    expect(s.page).toBe(1);
    const qs = serializeSearchState(s);
    expect(qs).toBe("country=Peru&from=2017-11-01&to=2017-11-30&sort=newest");
    expect(parse(qs)).toEqual({ state: s, errors: [] });
    expect(parse("to=2017-11-30").state.dates).toEqual({ to: "2017-11-30" });
    expect(serializeSearchState(withDates(s, { from: "2017-11-01" }))).toBe("country=Peru&from=2017-11-01&sort=newest");
    expect(withDates(s, {}).dates).toEqual({});
    // An empty field of the form without JavaScript is an open end, not an error.
    expect(parse("from=&to=2017-11-30")).toEqual({ state: state({ dates: { to: "2017-11-30" } }), errors: [] });
    expect(clearFilters(s).dates).toEqual({});
  });

  it("refuses a date that is not a calendar day, and a range that ends before it starts", () => {
    expect(parse("from=1%20Nov%202017").errors).toEqual([{ parameter: "from", message: "must be a day as YYYY-MM-DD" }]);
    expect(parse("to=2017-02-30").errors[0]?.parameter).toBe("to");
    expect(parse("from=2017-11-01T10:00").errors[0]?.parameter).toBe("from");
    expect(parse("from=2017-12-01&to=2017-11-01")).toEqual({
      state: state({ dates: { from: "2017-12-01" } }),
      errors: [{ parameter: "to", message: "is before from (2017-12-01)" }],
    });
  });

  it("round-trips values with quotes, ampersands and unicode", () => {
    const s = state({ filters: { speaker: ['x" OR speaker EXISTS OR "', "A & B", "Sergueï Lavrov"] } });
    expect(parse(serializeSearchState(s)).state).toEqual(s);
  });

  it("names the parameter that is wrong, and falls back to defaults", () => {
    const { state: s, errors } = parse(`page=-1&color=red&q=${"x".repeat(LIMITS.queryChars + 1)}`);
    expect(errors.map((e) => e.parameter).sort()).toEqual(["color", "page", "q"]);
    expect(s.page).toBe(1);
    expect(s.q).toHaveLength(LIMITS.queryChars);
    expect(parse("page=1e9").errors[0]?.parameter).toBe("page");
  });

  it("drops empty and duplicate facet values", () => {
    expect(parse("country=Russia&country=&country=Russia").state.filters.country).toEqual(["Russia"]);
  });

  it("toggling a value or typing resets the page", () => {
    const s = state({ page: 3 });
    const ticked = toggleFilter(s, "speaker", "John Kerry");
    expect(ticked).toMatchObject({ page: 1, filters: { speaker: ["John Kerry"] } });
    expect(toggleFilter(ticked, "speaker", "John Kerry").filters.speaker).toEqual([]);
    expect(withQuery(s, "assad").page).toBe(1);
    expect(withOnly(toggleFilter(s, "speaker", "A"), "speaker", "B")).toMatchObject({ page: 1, filters: { speaker: ["B"] } });
  });

  it("reads Next.js searchParams records", () => {
    const params = paramsFromRecord({ q: "a", speaker: ["X", "Y"], page: undefined });
    expect(parseSearchState(params).state).toEqual(state({ q: "a", filters: { speaker: ["X", "Y"] } }));
  });
});
