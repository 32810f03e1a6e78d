import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, emptyFilters, parseSearchState, type SearchState } from "../lib/url-state";
import { splitHighlight } from "./highlight";
import { dateClause, facetClause } from "./facet-filters";
import { facetValues, topicTree } from "./facet-views";
import {
  buildHitsRequest,
  buildSearchRequests,
  buildSpanCountRequest,
  HITS_PER_PAGE,
  type Response,
  toHitsView,
  toSearchView,
} from "./query";
import { FACETS } from "./schema";

const FACETS_AND_LEVELS = new Set<string>([...FACETS, "topic_lvl0", "topic_lvl1", "people"]);
import { relaxationCandidates, relaxationRequests, toRelaxations } from "./relax";

const state = (filters: Partial<SearchState["filters"]>, q = "", over: Partial<SearchState> = {}): SearchState => ({
  ...DEFAULT_STATE,
  ...over,
  q,
  filters: { ...emptyFilters(), ...filters },
});

const EMPTY: Response = { hits: [], processingTimeMs: 1 };
/** A page's answers, in request order: those given, then empty ones for the queries after them. */
const answers = (s: SearchState, given: Response[]) => [
  ...given,
  ...buildSearchRequests(s)
    .slice(given.length)
    .map(() => EMPTY),
];

describe("the date range and the date orders", () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 1000;

  it("filters from the first second of the first day to the last of the last, either end open", () => {
    expect(dateClause({ from: "2017-11-01", to: "2017-11-30" })).toBe(`dateTs ${day("2017-11-01")} TO ${day("2017-12-01") - 1}`);
    expect(dateClause({ from: "2017-11-01" })).toBe(`dateTs >= ${day("2017-11-01")}`);
    expect(dateClause({ to: "2017-11-30" })).toBe(`dateTs <= ${day("2017-12-01") - 1}`);
    expect(dateClause({})).toBeUndefined();
  });

  it("restricts every query of the page, the groups' own counts included, but the months' counts", () => {
    const ranged = state({ speaker: ["A"], country: ["Peru"] }, "x", { dates: { from: "2017-11-01" } });
    const requests = buildSearchRequests(ranged);
    const at = requests.findIndex((r) => r.facets?.join() === "month,year");
    const corpusEnds = requests.filter((r) => r.sort?.[0]?.startsWith("dateTs") && r.q === "");
    expect(corpusEnds).toHaveLength(2);
    const searched = requests.filter((r, i) => i !== at && !corpusEnds.includes(r));
    expect(searched.length).toBeGreaterThan(3);
    for (const r of searched) expect(r.filter).toContain(`(dateTs >= ${day("2017-11-01")})`);
    expect(requests[0]!.facets).toEqual(expect.arrayContaining(["day", "week", "month"]));
    expect(requests[at]).toMatchObject({
      facets: ["month", "year"],
      hitsPerPage: 0,
      filter: '(speaker IN ["A"]) AND (country IN ["Peru"])',
    });
    const results: Response[] = requests.map(() => ({ hits: [], processingTimeMs: 1, totalHits: 1, facetDistribution: {} }));
    results[at] = { ...results[0]!, facetDistribution: { month: { "2017-12": 3, "2017-11": 5 } } };
    expect(toSearchView(ranged, results).months).toEqual([
      { month: "2017-11", count: 5 },
      { month: "2017-12", count: 3 },
    ]);
    expect(toSearchView(ranged, results).facets.find((f) => f.name === "speaker")!.values).toEqual([
      { value: "A", count: 1, selected: true },
    ]);
    expect(buildHitsRequest(state({}, "x", { dates: { to: "2017-11-30" } })).filter).toBe(`(dateTs <= ${day("2017-12-01") - 1})`);
  });

  it("orders sentences by their date and claims by their latest or first report", () => {
    const sortOf = (sort: SearchState["sort"], grouped: boolean) => buildHitsRequest(state({}, "x", { sort, grouped })).sort?.[0];
    expect([sortOf("newest", false), sortOf("oldest", false)]).toEqual(["dateTs:desc", "dateTs:asc"]);
    expect([sortOf("newest", true), sortOf("oldest", true)]).toEqual(["lastTs:desc", "first.dateTs:asc"]);
  });

  it("asks for the corpus's latest and earliest dates, and with one speaker their first and last dated sentence in the search", () => {
    const s = state({ speaker: ["Ida Novak"] }, "tax", { dates: { from: "2017-11-01" } });
    const requests = buildSearchRequests(s);
    const [first, last] = requests.slice(-2);
    expect(first).toMatchObject({
      indexUid: "sentences",
      q: "tax",
      sort: ["dateTs:asc"],
      limit: 1,
      filter: `${requests[0]!.filter} AND (dateTs EXISTS)`,
    });
    expect(last).toMatchObject({ sort: ["dateTs:desc"], filter: `${requests[0]!.filter} AND (dateTs EXISTS)` });
    expect(
      buildSearchRequests(state({ speaker: ["A", "B"] })).some((r) => r.sort?.[0] === "dateTs:asc" && r.filter?.includes("speaker")),
    ).toBe(false);
    const sentence = (id: string, date?: string) => ({
      id,
      articleId: "a",
      article: "T",
      position: 1,
      text: "x",
      ...(date ? { date } : {}),
    });
    const results = answers(s, []);
    results[results.length - 4] = { hits: [{ dateTs: Date.parse("2017-12-31T23:00:00Z") / 1000 }] as never, processingTimeMs: 1 };
    results[results.length - 3] = { hits: [{ dateTs: Date.parse("2016-02-03T11:00:00Z") / 1000 }] as never, processingTimeMs: 1 };
    results[results.length - 2] = { hits: [sentence("a-1", "2017-11-02")] as never, processingTimeMs: 1 };
    results[results.length - 1] = { hits: [sentence("a-9", "2017-12-20")] as never, processingTimeMs: 1 };
    const view = toSearchView(s, results);
    expect([view.earliestDay, view.latestDay]).toEqual(["2016-02-03", "2017-12-31"]);
    expect(view.speakerSpan).toEqual({ speaker: "Ida Novak", first: sentence("a-1", "2017-11-02"), last: sentence("a-9", "2017-12-20") });
    // Undated: neither.
    results[results.length - 4] = { hits: [{}] as never, processingTimeMs: 1 };
    results[results.length - 3] = { hits: [{}] as never, processingTimeMs: 1 };
    results[results.length - 2] = { hits: [sentence("a-1")] as never, processingTimeMs: 1 };
    const undated = toSearchView(s, results);
    expect([undated.earliestDay, undated.latestDay]).toEqual([undefined, undefined]);
    expect(undated.speakerSpan).toBeUndefined();
  });

  it("counts the timeline's spans the range and the corpus's time call for, and the rest in a request of their own", () => {
    const spans = (s: SearchState, corpusDays?: number) =>
      buildSearchRequests(s, corpusDays)[0]!.facets!.filter((f) => !FACETS_AND_LEVELS.has(f));
    expect(spans(state({}, "x"))).toEqual(["day", "week", "month", "year"]);
    expect(spans(state({}, "x"), 365)).toEqual(["day", "week", "month", "year"]);
    expect(spans(state({}, "x"), 3650)).toEqual(["month", "year"]);
    expect(spans(state({}, "x", { dates: { from: "2017-11-01", to: "2017-11-30" } }), 3650)).toEqual(["day"]);
    const s = state({ country: ["Peru"] }, "tax", { dates: { from: "2017-11-01" } });
    const [main] = buildSearchRequests(s);
    expect(buildSpanCountRequest(s, ["day", "week"])).toEqual({
      indexUid: main!.indexUid,
      q: "tax",
      filter: main!.filter,
      facets: ["day", "week"],
      page: 1,
      hitsPerPage: 0,
    });
  });

  it("lists the results per month in order, and none for undated results", () => {
    const view = toSearchView(
      state({}),
      answers(state({}), [
        {
          hits: [],
          processingTimeMs: 1,
          facetDistribution: {
            day: { "2017-10-02": 2, "2017-12-05": 4 },
            week: { "2017-10-02": 2, "2017-12-04": 4 },
            month: { "2017-12": 4, "2017-10": 2 },
            year: { "2017": 6 },
          },
        },
      ]),
    );
    expect(view.months).toEqual([
      { month: "2017-10", count: 2 },
      { month: "2017-12", count: 4 },
    ]);
    expect(toSearchView(state({}), answers(state({}), [{ hits: [], processingTimeMs: 1, facetDistribution: {} }])).months).toEqual([]);
  });
});

describe("disjunctive request building", () => {
  it("sends one query with all facets when nothing is refined", () => {
    const [main, ...rest] = buildSearchRequests(state({}, "kerry"));
    // and the corpus's latest and earliest dated sentences, for the date presets and the spans counted
    expect(rest).toEqual([
      { indexUid: "sentences", q: "", filter: "dateTs EXISTS", sort: ["dateTs:desc"], limit: 1, attributesToRetrieve: ["dateTs"] },
      { indexUid: "sentences", q: "", filter: "dateTs EXISTS", sort: ["dateTs:asc"], limit: 1, attributesToRetrieve: ["dateTs"] },
    ]);
    expect(main).toMatchObject({
      q: "kerry",
      facets: ["speaker", "topic_lvl0", "topic_lvl1", "country", "article", "source", "day", "week", "month", "year"],
      page: 1,
    });
    expect(main!.filter).toBeUndefined();
  });

  it("searches the claims unless grouping is off, in every query of the page but the speakers' article counts", () => {
    const grouped = buildSearchRequests(state({ country: ["Russia"], speaker: ["A"] }, "x"));
    // main, the two refined groups, the speaker's articles, the two selected values' own counts;
    // the corpus's latest and earliest dates, the speaker's first and last sentence
    expect(grouped.map((r) => r.indexUid)).toEqual([
      "claims",
      "claims",
      "claims",
      "sentences",
      "claims",
      "claims",
      "sentences",
      "sentences",
      "sentences",
      "sentences",
    ]);
    expect(grouped.filter((r) => r.indexUid === "claims").map((r) => r.distinct)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(grouped[0]!.attributesToRetrieve).toContain("headArticle");
    const all = buildSearchRequests(state({ country: ["Russia"], speaker: ["A"] }, "x", { grouped: false }));
    expect(all.map((r) => r.indexUid)).toEqual(Array(10).fill("sentences"));
    expect(all[0]!.attributesToRetrieve).not.toContain("headArticle");
  });

  it("crops long sentences around the match, and sorts by article order when asked", () => {
    const [relevance] = buildSearchRequests(state({}, "x"));
    expect(relevance).toMatchObject({ attributesToCrop: ["text"], cropMarker: "…" });
    expect(relevance!.sort).toBeUndefined();
    const [byArticle] = buildSearchRequests(state({}, "x", { sort: "article", grouped: false }));
    expect(byArticle!.sort).toEqual(["article:asc", "articleId:asc", "position:asc"]);
    // A claim is placed by its head's article (its `article` lists every one reporting it).
    const [claimsByArticle] = buildSearchRequests(state({}, "x", { sort: "article" }));
    expect(claimsByArticle!.sort).toEqual(["headArticle:asc", "articleId:asc", "position:asc"]);
  });

  it("counts the distinct articles quoting each selected speaker, within the rest of the search", () => {
    const requests = buildSearchRequests(state({ speaker: ["A", "B"], country: ["Russia"] }, "x"));
    expect(requests.slice(3, 5)).toEqual([
      expect.objectContaining({ q: "x", distinct: "articleId", hitsPerPage: 0, filter: '(country IN ["Russia"]) AND (speaker IN ["A"])' }),
      expect.objectContaining({ q: "x", distinct: "articleId", hitsPerPage: 0, filter: '(country IN ["Russia"]) AND (speaker IN ["B"])' }),
    ]);
    const view = toSearchView(
      state({ speaker: ["A", "B"] }),
      answers(state({ speaker: ["A", "B"] }), [
        { hits: [], processingTimeMs: 1, totalHits: 5 },
        { hits: [], processingTimeMs: 1, facetDistribution: { speaker: { A: 3, B: 2 } } },
        { hits: [], processingTimeMs: 1, totalHits: 2 },
        { hits: [], processingTimeMs: 1, totalHits: 1 },
      ]),
    );
    expect(view.speakerArticles).toEqual({ A: 2, B: 1 });
  });

  it("under people only, restricts every query to people and counts the Speaker group on people", () => {
    const requests = buildSearchRequests(state({ speaker: ["A"] }, "x", { peopleOnly: true }));
    expect(requests.map((r) => r.filter)).toEqual([
      '(speaker IN ["A"]) AND (speakerKind IN ["person"])',
      '(speakerKind IN ["person"])',
      '(speakerKind IN ["person"]) AND (speaker IN ["A"])',
      '(speakerKind IN ["person"]) AND (speaker IN ["A"])',
      "dateTs EXISTS",
      "dateTs EXISTS",
      '(speaker IN ["A"]) AND (speakerKind IN ["person"]) AND (dateTs EXISTS)',
      '(speaker IN ["A"]) AND (speakerKind IN ["person"]) AND (dateTs EXISTS)',
    ]);
    expect(requests[1]!.facets).toEqual(["people"]);
    expect(buildSearchRequests(state({}, "x", { peopleOnly: true }))[0]!.facets).toEqual([
      "people",
      "topic_lvl0",
      "topic_lvl1",
      "country",
      "article",
      "source",
      "day",
      "week",
      "month",
      "year",
    ]);
    const view = toSearchView(
      state({}, "x", { peopleOnly: true }),
      answers(state({}, "x", { peopleOnly: true }), [
        { hits: [], processingTimeMs: 1, totalHits: 3, facetDistribution: { people: { "Ida Novak": 3 }, speaker: { Police: 9 } } },
      ]),
    );
    expect(view.facets.find((f) => f.name === "speaker")!.values).toEqual([{ value: "Ida Novak", count: 3, selected: false }]);
  });

  it("adds one query per refined facet, without that facet's own clause", () => {
    const requests = buildSearchRequests(state({ speaker: ["John Kerry", "Sergey Lavrov"], country: ["Russia"] }));
    // main, one per refined group, one per selected speaker, one per selected value, the latest and earliest dates
    expect(requests).toHaveLength(10);
    expect(requests[0]).toMatchObject({
      filter: '(speaker IN ["John Kerry", "Sergey Lavrov"]) AND (country IN ["Russia"])',
      facets: ["topic_lvl0", "topic_lvl1", "article", "source", "day", "week", "month", "year"],
    });
    expect(requests[1]).toMatchObject({ facets: ["speaker"], filter: '(country IN ["Russia"])', hitsPerPage: 0 });
    expect(requests[2]).toMatchObject({ facets: ["country"], filter: '(speaker IN ["John Kerry", "Sergey Lavrov"])', hitsPerPage: 0 });
  });

  it("counts a selected value beyond the top values the engine returned with its own query", () => {
    const s = state({ speaker: ["Rare Name"], country: ["Fiji"] });
    const requests = buildSearchRequests(s);
    expect(requests.slice(4, 6)).toEqual([
      expect.objectContaining({ indexUid: "claims", filter: '(country IN ["Fiji"]) AND (speaker IN ["Rare Name"])', hitsPerPage: 0 }),
      expect.objectContaining({ indexUid: "claims", filter: '(speaker IN ["Rare Name"]) AND (country IN ["Fiji"])', hitsPerPage: 0 }),
    ]);
    expect(requests[4]).not.toHaveProperty("facets");
    const view = toSearchView(
      s,
      answers(s, [
        { hits: [], processingTimeMs: 1, totalHits: 2 },
        // Top values only: the selected speaker is not among them; the country is, with its count.
        { hits: [], processingTimeMs: 1, facetDistribution: { speaker: { Often: 40 } } },
        { hits: [], processingTimeMs: 1, facetDistribution: { country: { Fiji: 2, Peru: 9 } } },
        { hits: [], processingTimeMs: 1, totalHits: 1 },
        { hits: [], processingTimeMs: 1, totalHits: 3 },
        { hits: [], processingTimeMs: 1, totalHits: 99 },
      ]),
    );
    const values = (name: string) => view.facets.find((f) => f.name === name)!.values;
    expect(values("speaker")).toContainEqual({ value: "Rare Name", count: 3, selected: true });
    expect(values("country")).toContainEqual({ value: "Fiji", count: 2, selected: true });
  });

  it("reads each group's counts from its own query", () => {
    const s = state({ speaker: ["A"] });
    const view = toSearchView(
      s,
      answers(s, [
        { hits: [], processingTimeMs: 2, totalHits: 1, totalPages: 1, page: 1, facetDistribution: { country: { Russia: 1 } } },
        { hits: [], processingTimeMs: 3, facetDistribution: { speaker: { A: 1, B: 4 } } },
      ]),
    );
    expect(view.facets.find((f) => f.name === "speaker")!.values).toEqual([
      { value: "B", count: 4, selected: false },
      { value: "A", count: 1, selected: true },
    ]);
    expect(view.facets.find((f) => f.name === "country")!.values).toEqual([{ value: "Russia", count: 1, selected: false }]);
    expect(view.processingTimeMs).toBe(3);
  });

  it("filters topics by level-1 label or level-2 path, OR-ed within the group", () => {
    expect(facetClause("topic", ["politics", "politics > elections"])).toBe(
      '(topic_lvl0 IN ["politics"]) OR (topic IN ["politics"]) OR (topic_lvl1 IN ["politics > elections"])',
    );
    expect(facetClause("topic", ["sport > golf"])).toBe('(topic_lvl1 IN ["sport > golf"])');
    expect(facetClause("speaker", [])).toBeUndefined();
    const [main, topicCounts] = buildSearchRequests(state({ topic: ["sport"], country: ["Fiji"] }));
    expect(main!.filter).toBe('((topic_lvl0 IN ["sport"]) OR (topic IN ["sport"])) AND (country IN ["Fiji"])');
    expect(topicCounts).toMatchObject({ facets: ["topic_lvl0", "topic_lvl1"], filter: '(country IN ["Fiji"])' });
  });

  it("builds the topic tree with counts at both levels and selections kept", () => {
    const tree = topicTree({ politics: 5, sport: 2 }, { "politics > elections": 3, "politics > government": 4, "sport > golf": 2 }, [
      "sport > golf",
      "health",
    ]);
    expect(tree.map((t) => [t.value, t.count, t.selected])).toEqual([
      ["politics", 5, false],
      ["sport", 2, false],
      ["health", 0, true],
    ]);
    expect(tree[0]!.children!.map((c) => [c.label, c.value, c.count])).toEqual([
      ["government", "politics > government", 4],
      ["elections", "politics > elections", 3],
    ]);
    expect(tree[1]!.children).toEqual([{ value: "sport > golf", label: "golf", count: 2, selected: true }]);
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

describe("relaxations for an empty result", () => {
  it("offers dropping each filter value and clearing the text, counted as the page counts", () => {
    const s = state({ speaker: ["A"], country: ["Fiji", "Peru"] }, "zebra");
    const candidates = relaxationCandidates(s);
    expect(candidates.map((c) => c.label)).toEqual([
      "Remove Speaker: A",
      "Remove Country: Fiji",
      "Remove Country: Peru",
      "Clear the search text “zebra”",
    ]);
    const requests = relaxationRequests(candidates);
    expect(requests[0]).toMatchObject({ q: "zebra", filter: '(country IN ["Fiji", "Peru"])', indexUid: "claims", hitsPerPage: 0 });
    expect(requests[3]).toMatchObject({ q: "", filter: '(speaker IN ["A"]) AND (country IN ["Fiji", "Peru"])' });
    expect(toRelaxations(candidates, [0, 4, 0, 7])).toEqual([
      { label: "Remove Country: Fiji", query: "q=zebra&speaker=A&country=Peru", count: 4 },
      { label: "Clear the search text “zebra”", query: "speaker=A&country=Fiji&country=Peru", count: 7 },
    ]);
  });

  it("offers turning people only off", () => {
    const [off] = relaxationCandidates(state({}, "", { peopleOnly: true }));
    expect(off).toEqual({ label: "Remove People only", state: DEFAULT_STATE });
  });

  it("has nothing to offer for the empty search", () => {
    expect(relaxationCandidates(DEFAULT_STATE)).toEqual([]);
  });
});

describe("facet value search", () => {
  it("matches any word's start, whatever the accents and case", async () => {
    const { hasWordStartingWith } = await import("./searches");
    expect(hasWordStartingWith("Sergey Lavrov", "lav")).toBe(true);
    expect(hasWordStartingWith("Sergueï Lavrov", "SERGUEI")).toBe(true);
    expect(hasWordStartingWith("U.S. State Department", "state dep")).toBe(true);
    expect(hasWordStartingWith("John Kerry", "erry")).toBe(false);
    expect(hasWordStartingWith("John Kerry", "")).toBe(true);
  });
});

describe("the hits before the counts", () => {
  it("asks for one page of hits and one more, with the search's text, filters, grouping and order, and no counting", () => {
    const s = state({ country: ["Russia"] }, "kerry", { page: 3, sort: "article" });
    const hits = buildHitsRequest(s);
    const [main] = buildSearchRequests(s);
    expect(hits).toMatchObject({ indexUid: "claims", q: "kerry", filter: main!.filter, sort: main!.sort, offset: 40, limit: 21 });
    for (const key of ["facets", "page", "hitsPerPage", "distinct"]) expect(hits).not.toHaveProperty(key);
    expect(buildHitsRequest(state({}, "", { grouped: false }))).toMatchObject({ indexUid: "sentences" });
  });

  it("shows a claim as its head version, under its head's article", () => {
    const claim = { id: "b-2", articleId: "b", article: ["Beta", "Alpha"], headArticle: "Beta", position: 2, text: "t", claimId: "b-2" };
    const view = toHitsView(state({}, "x"), { hits: [claim], processingTimeMs: 1 } as never);
    expect(view.hits[0]).toMatchObject({ id: "b-2", article: "Beta", articleId: "b", position: 2 });
  });

  it("shows a page's hits and tells from the one more whether a next page exists", () => {
    const hit = (i: number) => ({ id: `a-${i}`, articleId: "a", article: "A", position: i, text: `t${i}` });
    const page = (n: number) => ({ hits: Array.from({ length: n }, (_, i) => hit(i)), processingTimeMs: 3 }) as never;
    const full = toHitsView(state({}, "x"), page(HITS_PER_PAGE + 1));
    expect(full.hits).toHaveLength(HITS_PER_PAGE);
    expect(full.hasMore).toBe(true);
    expect(toHitsView(state({}, "x"), page(HITS_PER_PAGE)).hasMore).toBe(false);
  });

  it("names the search it answers, as the page's query string, for links back to it", () => {
    const s = state({ country: ["Russia"] }, "kerry", { page: 2 });
    const empty = { hits: [], processingTimeMs: 1, facetDistribution: {} } as never;
    for (const view of [toHitsView(s, empty), toSearchView(s, answers(s, [empty]))]) {
      expect(parseSearchState(new URLSearchParams(view.search)).state).toEqual(s);
    }
    expect(toHitsView(state({}, ""), empty).search).toBe("");
  });
});
