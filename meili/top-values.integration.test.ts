import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIndexer } from "../indexer/run";
import { documentsSink } from "../indexer/sinks/jsonl-sink";
import { meiliSink } from "../indexer/sinks/meili-sink";
import { DEFAULT_STATE, emptyFilters, type SearchState } from "../lib/url-state";
import { SAMPLE_CORPUS, startTestMeili, type TestMeili } from "../scripts/test-support/meili";
import { CLAIMS_INDEX, SENTENCES_INDEX, type SentenceDoc } from "./schema";
import { searchFacetValues, searchSentences } from "./searches";

/**
 * Meilisearch returns only a group's top values (`maxValuesPerFacet`). Over the small sample the
 * real limit is never reached, so the indexes here keep only the top 3: what a large corpus
 * does to a value that is selected, or searched for, beyond them.
 */
const TOP = 3;
let meili: TestMeili;
let docs: SentenceDoc[];

const state = (over: Partial<SearchState> = {}, filters: Partial<SearchState["filters"]> = {}): SearchState => ({
  ...DEFAULT_STATE,
  grouped: false,
  ...over,
  filters: { ...emptyFilters(), ...filters },
});

/** Speakers by their number of sentences, most first (names break ties). */
const speakersByCount = () => {
  const counts = new Map<string, number>();
  for (const d of docs) for (const s of d.speaker) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};

beforeAll(async () => {
  meili = await startTestMeili();
  docs = [];
  await runIndexer({ paths: [SAMPLE_CORPUS], sink: documentsSink((d) => docs.push(d)) });
  await runIndexer({ paths: [SAMPLE_CORPUS], sink: meiliSink({ client: meili.client }) });
  for (const uid of [SENTENCES_INDEX, CLAIMS_INDEX])
    await meili.client.index(uid).updateFaceting({ maxValuesPerFacet: TOP }).waitTask({ timeout: 60_000 });
});
afterAll(() => meili?.stop());

describe("values beyond the top ones the engine counts", () => {
  it("counts a selected value beyond them exactly, and lists it", async () => {
    const ranked = speakersByCount();
    expect(ranked.length).toBeGreaterThan(TOP + 1);
    const [rare, count] = ranked.at(-1)!;
    const view = await searchSentences(meili.client, state({}, { speaker: [rare] }));
    expect(view.total).toBe(count);
    const speakers = view.facets.find((f) => f.name === "speaker")!.values;
    // The group's own counts ignore its selection: the top values, and the selected one beside them.
    expect(speakers.filter((v) => !v.selected)).toHaveLength(TOP);
    expect(speakers).toContainEqual({ value: rare, count, selected: true });
  });

  it("finds a value beyond them by a later word, counted within the search", async () => {
    const ranked = speakersByCount();
    // A name whose last word does not start it: Meilisearch's own facet search would miss it.
    const lastWord = (name: string) => name.split(" ").at(-1)!;
    const beyond = ranked
      .slice(TOP)
      .find(([name]) => name.includes(" ") && !name.toLowerCase().startsWith(lastWord(name).slice(0, 4).toLowerCase()));
    expect(beyond).toBeDefined();
    const [name, count] = beyond!;
    const word = lastWord(name);
    const found = await searchFacetValues(meili.client, state(), "speaker", word.slice(0, 4));
    expect(found).toContainEqual({ value: name, count, selected: false });
    // Within a search that keeps only some of the value's sentences, the count follows it.
    const article = docs.find((d) => d.speaker.includes(name))!.article;
    const inArticle = docs.filter((d) => d.article === article && d.speaker.includes(name)).length;
    const narrowed = await searchFacetValues(meili.client, state({}, { article: [article] }), "speaker", word.slice(0, 4));
    expect(narrowed).toContainEqual({ value: name, count: inArticle, selected: false });
  });
});
