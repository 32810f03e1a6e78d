import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_STATE, emptyFilters, type SearchState } from "../lib/url-state";
import { runIndexer } from "../indexer/run";
import { meiliSink } from "../indexer/sinks/meili-sink";
import { documentsSink } from "../indexer/sinks/jsonl-sink";
import { SAMPLE_CORPUS, startTestMeili, type TestMeili } from "../scripts/test-support/meili";
import { CROP_MARKER } from "./query";
import { SENTENCES_INDEX, type SentenceDoc } from "./schema";
import { exportSentences, getClaimVersions, getContext, searchFacetValues, searchHits, searchSentences } from "./searches";

let meili: TestMeili;
let docs: SentenceDoc[];

const state = (over: Partial<SearchState> = {}, filters: Partial<SearchState["filters"]> = {}): SearchState => ({
  ...DEFAULT_STATE,
  ...over,
  filters: { ...emptyFilters(), ...filters },
});
const search = (s: SearchState) => searchSentences(meili.client, s);
const distinct = <T>(values: T[]) => new Set(values).size;

beforeAll(async () => {
  meili = await startTestMeili();
  docs = [];
  await runIndexer({ paths: [SAMPLE_CORPUS], sink: documentsSink((d) => docs.push(d)) });
  await runIndexer({ paths: [SAMPLE_CORPUS], sink: meiliSink({ client: meili.client }) });
});
afterAll(() => meili?.stop());

describe("searching the sample on a real Meilisearch", () => {
  it("stops waiting for Meilisearch once the request's signal is aborted (a superseded search)", async () => {
    const controller = new AbortController();
    const pending = searchSentences(meili.client, state({ q: "the" }), controller.signal);
    controller.abort();
    const error = await pending.then(
      () => undefined,
      (e: Error) => e,
    );
    expect(`${error?.message} ${(error?.cause as Error | undefined)?.message ?? ""}`).toMatch(/abort/i);
    // The next search is answered as usual.
    expect((await search(state({ q: "the" }))).total).toBeGreaterThan(0);
  });

  it("answers the hits alone as the whole search does, page by page, grouped or not, filtered or not", async () => {
    const { facets } = await search(state());
    const speaker = facets.find((f) => f.name === "speaker")!.values[0]!.value;
    for (const s of [
      state(),
      state({ grouped: false }),
      state({ q: "the" }),
      state({ q: "the", page: 2 }),
      state({ q: "the", grouped: false, page: 3 }),
      state({}, { speaker: [speaker] }),
      state({ q: "said", sort: "article" }),
    ]) {
      const [hits, whole] = await Promise.all([searchHits(meili.client, s), search(s)]);
      expect(whole.hits.length, JSON.stringify(s)).toBeGreaterThan(0);
      expect(hits.hits).toEqual(whole.hits);
      expect(hits.hasMore).toBe(whole.page < whole.totalPages);
    }
  });

  it("matches sentences on their text and speaker, never on their article's title alone", async () => {
    const words = new Set(docs.flatMap((d) => d.article.toLowerCase().match(/\p{L}{5,}/gu) ?? []));
    let checked = 0;
    for (const word of words) {
      // Only words some sentence of that article lacks can show the difference.
      if (docs.every((d) => !d.article.toLowerCase().includes(word) || d.text.toLowerCase().includes(word))) continue;
      const { hits } = await meili.client
        .index(SENTENCES_INDEX)
        .search(word, { showMatchesPosition: true, limit: 1000, attributesToRetrieve: ["id"] });
      // Matches are reported in every displayed field; a hit must have one in its text or speaker.
      for (const hit of hits)
        expect(
          Object.keys(hit._matchesPosition ?? {}).filter((a) => a === "text" || a === "speaker"),
          `${word}: ${hit.id}`,
        ).not.toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("groups repeated reports: the total counts claims, or sentences with grouping off", async () => {
    const repeated = docs.filter((d) => d.claimArticles > 1);
    expect(repeated.length).toBeGreaterThan(0);
    expect((await search(state())).total).toBe(distinct(docs.map((d) => d.claimId)));
    expect((await search(state({ grouped: false }))).total).toBe(docs.length);
  });

  it("grouped, counts claims under every value one of their versions has, as a reference from the dry run does", async () => {
    // The reference: one claim per claim id, with the union of its versions' values.
    type Claim = Record<"speaker" | "country" | "article", Set<string>>;
    const claims = new Map<string, Claim>();
    for (const d of docs) {
      const c = claims.get(d.claimId) ?? { speaker: new Set<string>(), country: new Set<string>(), article: new Set<string>() };
      for (const v of d.speaker) c.speaker.add(v);
      for (const v of d.country) c.country.add(v);
      c.article.add(d.article);
      claims.set(d.claimId, c);
    }
    const top = (field: "speaker" | "country" | "article", n: number) => {
      const counts = new Map<string, number>();
      for (const c of claims.values()) for (const v of c[field]) counts.set(v, (counts.get(v) ?? 0) + 1);
      return [...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([v]) => v);
    };
    const [s1, s2] = top("speaker", 2);
    const [c1] = top("country", 1);
    const repeated = docs.find((d) => d.claimArticles > 1)!;
    for (const filters of [
      {},
      { speaker: [s1!] },
      { speaker: [s1!, s2!], country: [c1!] },
      { speaker: [s1!], country: [c1!], article: [repeated.article] },
      { article: [repeated.article] },
    ]) {
      const selected = (c: Claim, except?: string) =>
        Object.entries(filters).every(([f, values]) => f === except || values.some((v: string) => c[f as keyof Claim].has(v)));
      const matching = [...claims.values()].filter((c) => selected(c));
      const view = await search(state({}, filters));
      expect(view.total, JSON.stringify(filters)).toBe(matching.length);
      for (const field of ["speaker", "country", "article"] as const) {
        const expected = new Map<string, number>();
        for (const c of claims.values()) if (selected(c, field)) for (const v of c[field]) expected.set(v, (expected.get(v) ?? 0) + 1);
        const shown = view.facets.find((f) => f.name === field)!.values.filter((v) => v.count > 0);
        expect(new Map(shown.map((v) => [v.value, v.count])), `${field} ${JSON.stringify(filters)}`).toEqual(expected);
      }
    }
  });

  it("grouped, finds the claims of the sentences found ungrouped, each shown as its head version", async () => {
    for (const q of ["said", "minister", "ceasefire talks", "pol"]) {
      const sentences = await exportSentences(meili.client, state({ q, grouped: false }));
      const grouped = await exportSentences(meili.client, state({ q }));
      expect(sentences.hits.length, q).toBeGreaterThan(0);
      expect(grouped.hits.map((h) => h.id).sort(), q).toEqual([...new Set(sentences.hits.map((h) => h.claimId))].sort());
      for (const hit of grouped.hits) {
        const head = docs.find((d) => d.id === hit.id)!;
        expect(hit).toMatchObject({ text: head.text, article: head.article, articleId: head.articleId, position: head.position });
      }
    }
  });

  it("counts a refined group's values as the page counts them, grouped", async () => {
    const grouped = await search(state());
    const [first, second] = grouped.facets.find((f) => f.name === "speaker")!.values;
    const refined = await search(state({}, { speaker: [first!.value] }));
    const counts = refined.facets.find((f) => f.name === "speaker")!.values;
    expect(counts.find((v) => v.value === second!.value)?.count).toBe(second!.count);
    expect(refined.total).toBe(first!.count);
  });

  it("under people only, finds the sentences a person said and lists only people", async () => {
    const byPeople = docs.filter((d) => d.speakerKind.includes("person"));
    expect(byPeople.length).toBeGreaterThan(0);
    expect(byPeople.length).toBeLessThan(docs.filter((d) => d.speaker.length).length);
    const view = await search(state({ grouped: false, peopleOnly: true }));
    expect(view.total).toBe(byPeople.length);
    const people = new Set(byPeople.flatMap((d) => d.people));
    const listed = view.facets.find((f) => f.name === "speaker")!.values;
    expect(listed.length).toBe(people.size);
    expect(listed.every((v) => people.has(v.value))).toBe(true);
    const others = docs.flatMap((d) => d.speaker).filter((s) => !people.has(s));
    expect(others.length).toBeGreaterThan(0);
    const [other] = others;
    expect(await searchFacetValues(meili.client, state({ peopleOnly: true }), "speaker", other!.split(" ")[0]!)).not.toContainEqual(
      expect.objectContaining({ value: other }),
    );
  });

  it("lists every article's version of a repeated report", async () => {
    const claim = docs.find((d) => d.claimArticles > 1)!;
    const versions = await getClaimVersions(meili.client, claim.claimId);
    const expected = docs.filter((d) => d.claimId === claim.claimId);
    expect(versions.map((v) => v.id).sort()).toEqual(expected.map((d) => d.id).sort());
    expect(distinct(versions.map((v) => v.articleId))).toBe(claim.claimArticles);
  });

  it("counts, for a selected speaker, the distinct articles quoting them", async () => {
    const counts = new Map<string, SentenceDoc[]>();
    for (const d of docs) for (const s of d.speaker) counts.set(s, [...(counts.get(s) ?? []), d]);
    const [speaker, theirs] = [...counts.entries()].sort(
      (a, b) => distinct(b[1].map((d) => d.articleId)) - distinct(a[1].map((d) => d.articleId)),
    )[0]!;
    const view = await search(state({}, { speaker: [speaker] }));
    expect(view.speakerArticles[speaker]).toBe(distinct(theirs.map((d) => d.articleId)));
    expect(view.speakerArticles[speaker]).toBeGreaterThan(1);
  });

  it("sorts by article order: title, then position", async () => {
    const view = await search(state({ sort: "article", grouped: false }));
    const key = (h: { article: string; articleId: string; position: number }) =>
      [h.article, h.articleId, String(h.position).padStart(5, "0")].join("\u0000");
    const keys = view.hits.map(key);
    expect(keys).toEqual([...keys].sort());
    expect(view.hits[0]!.position).toBe(0);
  });

  it("counts the topic tree at both levels", async () => {
    const view = await search(state({ grouped: false }));
    const tree = view.facets.find((f) => f.name === "topic")!.values;
    const top = tree[0]!;
    expect(top.count).toBe(docs.filter((d) => d.topic_lvl0.includes(top.value)).length);
    const child = top.children![0]!;
    expect(child.count).toBe(docs.filter((d) => d.topic_lvl1.includes(child.value)).length);
    // Ticking a level-1 topic finds exactly its sentences; a level-2 path, exactly those.
    expect((await search(state({ grouped: false }, { topic: [top.value] }))).total).toBe(top.count);
    expect((await search(state({ grouped: false }, { topic: [child.value] }))).total).toBe(child.count);
  });

  it("offers relaxations that find something when nothing matches", async () => {
    const speaker = docs.find((d) => d.speaker.length)!.speaker[0]!;
    const word = "ceasefire";
    const withWord = docs.filter((d) => d.text.toLowerCase().includes(word));
    expect(withWord.length).toBeGreaterThan(0);
    const s = state({ q: `${word} zzyzx`, grouped: false }, { speaker: [speaker] });
    const view = await search(s);
    expect(view.total).toBe(0);
    const labels = view.relaxations.map((r) => r.label);
    expect(labels).toContain("Clear the search text “ceasefire zzyzx”");
    const clear = view.relaxations.find((r) => r.label.startsWith("Clear"))!;
    expect(clear.count).toBe(docs.filter((d) => d.speaker.includes(speaker)).length);
    for (const r of view.relaxations) expect(r.count).toBeGreaterThan(0);
  });

  it("supports exact phrases and excluded words", async () => {
    const phrase = await search(state({ q: '"opposition groups"', grouped: false }));
    expect(phrase.total).toBe(docs.filter((d) => /opposition groups/i.test(d.text)).length);
    const excluded = await search(state({ q: "assad -syrian", grouped: false }));
    expect(excluded.total).toBeGreaterThan(0);
    for (const h of excluded.hits) expect(h.text.toLowerCase()).not.toMatch(/\bsyrian\b/);
  });

  it("crops long sentences around the match", async () => {
    const long = docs.filter((d) => d.text.split(/\s+/).length > 45).sort((a, b) => b.text.length - a.text.length)[0]!;
    const lastWord = long.text
      .replace(/[^\p{L}\s]/gu, "")
      .split(/\s+/)
      .filter((w) => w.length > 6)
      .pop()!;
    const view = await search(state({ q: lastWord, grouped: false }, { article: [long.article] }));
    const hit = view.hits.find((h) => h.id === long.id)!;
    expect(hit.text).toBe(long.text);
    expect(hit.highlighted.startsWith(CROP_MARKER)).toBe(true);
    expect(hit.highlighted.length).toBeLessThan(long.text.length);
  });

  it("gives the sentences around a hit", async () => {
    const middle = docs.find((d) => d.position === 2)!;
    const context = await getContext(meili.client, middle.articleId, 2);
    expect(context.before?.text).toBe(docs.find((d) => d.articleId === middle.articleId && d.position === 1)!.text);
    expect(context.after?.text).toBe(docs.find((d) => d.articleId === middle.articleId && d.position === 3)!.text);
    expect((await getContext(meili.client, middle.articleId, 0)).before).toBeUndefined();
  });

  it("searches a group's values, with the counts the panel shows", async () => {
    const view = await search(state());
    const value = view.facets.find((f) => f.name === "speaker")!.values.find((v) => v.value.includes(" "))!;
    // A later word of the value: Meilisearch alone would only match its start.
    const prefix = value.value.split(" ").pop()!.slice(0, 4);
    const found = await searchFacetValues(meili.client, state(), "speaker", prefix);
    expect(found.find((v) => v.value === value.value)?.count).toBe(value.count);
    for (const v of found) expect(v.value.toLowerCase()).toContain(prefix.toLowerCase());
  });

  it("exports the whole result set in order, and says when the cap cut it", async () => {
    const all = await exportSentences(meili.client, state({ grouped: false }));
    expect(all).toMatchObject({ total: docs.length, truncated: false });
    expect(all.hits.map((h) => h.id).sort()).toEqual(docs.map((d) => d.id).sort());
    const capped = await exportSentences(meili.client, state({ grouped: false }), 10);
    expect(capped).toMatchObject({ total: docs.length, truncated: true });
    expect(capped.hits).toHaveLength(10);
  });
});
