import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, emptyFilters, type SearchState } from "../lib/url-state";
import { splitHighlight } from "./highlight";
import { buildSearchRequests, facetValues, toSearchView } from "./query";

const state = (filters: Partial<SearchState["filters"]>, q = ""): SearchState => ({
  ...DEFAULT_STATE,
  q,
  filters: { ...emptyFilters(), ...filters },
});

describe("disjunctive request building", () => {
  it("sends one query with all facets when nothing is refined", () => {
    const [main, ...rest] = buildSearchRequests(state({}, "kerry"));
    expect(rest).toEqual([]);
    expect(main).toMatchObject({ q: "kerry", facets: ["speaker", "topic", "country", "article"], page: 1 });
    expect(main!.filter).toBeUndefined();
  });

  it("adds one query per refined facet, without that facet's own clause", () => {
    const requests = buildSearchRequests(state({ speaker: ["John Kerry", "Sergey Lavrov"], country: ["Russia"] }));
    expect(requests).toHaveLength(3);
    expect(requests[0]).toMatchObject({
      filter: '(speaker IN ["John Kerry", "Sergey Lavrov"]) AND (country IN ["Russia"])',
      facets: ["topic", "article"],
    });
    expect(requests[1]).toMatchObject({ facets: ["speaker"], filter: '(country IN ["Russia"])', limit: 0 });
    expect(requests[2]).toMatchObject({ facets: ["country"], filter: '(speaker IN ["John Kerry", "Sergey Lavrov"])', limit: 0 });
  });

  it("reads each group's counts from its own query", () => {
    const s = state({ speaker: ["A"] });
    const view = toSearchView(s, [
      { hits: [], processingTimeMs: 2, totalHits: 1, totalPages: 1, page: 1, facetDistribution: { country: { Russia: 1 } } },
      { hits: [], processingTimeMs: 3, facetDistribution: { speaker: { A: 1, B: 4 } } },
    ]);
    expect(view.facets.find((f) => f.name === "speaker")!.values).toEqual([
      { value: "B", count: 4, selected: false },
      { value: "A", count: 1, selected: true },
    ]);
    expect(view.facets.find((f) => f.name === "country")!.values).toEqual([{ value: "Russia", count: 1, selected: false }]);
    expect(view.processingTimeMs).toBe(3);
  });

  it("keeps a selected value that has no count", () => {
    expect(facetValues({ B: 2 }, ["A"])).toEqual([
      { value: "B", count: 2, selected: false },
      { value: "A", count: 0, selected: true },
    ]);
  });
});

describe("highlight markers", () => {
  it("splits marked text into parts without HTML", () => {
    expect(splitHighlight("a \uE000<b>\uE001 c")).toEqual([
      { text: "a ", match: false },
      { text: "<b>", match: true },
      { text: " c", match: false },
    ]);
    expect(splitHighlight("plain")).toEqual([{ text: "plain", match: false }]);
  });
});
