import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_STATE, emptyFilters, type SearchState } from "../lib/url-state";
import { buildSearchRequests, toSearchView } from "../meili/query";
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from "../meili/highlight";
import { CLAIMS_INDEX, SENTENCES_INDEX, type ClaimDoc, type SentenceDoc } from "../meili/schema";
import { SAMPLE_CORPUS, startTestMeili } from "../scripts/test-support/meili";
import { BuildCache } from "./build-cache";
import { articleIdFor } from "./ids";
import { runIndexer } from "./run";
import { meiliSink } from "./sinks/meili-sink";
import { documentsSink } from "./sinks/jsonl-sink";

let meili: Awaited<ReturnType<typeof startTestMeili>>;
let corpus: string;
let dryDocs: SentenceDoc[];
let cache: BuildCache;

/** A run into Meilisearch as the CLI makes it: with the build cache, kept between runs. */
const index = (paths: string[], options: { prune?: boolean } = {}) =>
  runIndexer({ paths, sink: meiliSink({ client: meili.client, ...options }), cache });

const searchAll = async (state: Partial<SearchState>) => {
  const full = { ...DEFAULT_STATE, ...state, filters: { ...emptyFilters(), ...state.filters } };
  const { results } = await meili.client.multiSearch({ queries: buildSearchRequests(full) });
  return toSearchView(full, results as never);
};
/** The claims index as the grouped view sees it, normalised for comparison. */
const indexedClaims = async () => {
  const { results } = await meili.client.index<ClaimDoc>(CLAIMS_INDEX).getDocuments({ limit: 10_000 });
  return results
    .map((c) => ({
      id: c.id,
      text: c.text,
      versions: c.versions,
      article: [...c.article].sort(),
      speaker: [...c.speaker].sort(),
      country: [...c.country].sort(),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
};

/** What the claims index must hold for these sentences: one claim per claim id, with the union of its versions' values. */
const claimsOf = (docs: SentenceDoc[]) => {
  const union = (values: string[]) => [...new Set(values)].sort();
  const byClaim = new Map<string, SentenceDoc[]>();
  for (const d of docs) byClaim.set(d.claimId, [...(byClaim.get(d.claimId) ?? []), d]);
  return [...byClaim]
    .map(([id, versions]) => ({
      id,
      text: versions.find((v) => v.id === id)!.text,
      versions: versions.length,
      article: union(versions.map((v) => v.article)),
      speaker: union(versions.flatMap((v) => v.speaker)),
      country: union(versions.flatMap((v) => v.country)),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
};

/** A dry run over the corpus as it is now. */
const dryRun = async () => {
  const docs: SentenceDoc[] = [];
  await runIndexer({ paths: [corpus], sink: documentsSink((d) => docs.push(d)) });
  return docs;
};

const byId = (docs: SentenceDoc[]) => [...docs].sort((a, b) => a.id.localeCompare(b.id));
const indexed = async () => (await meili.client.index<SentenceDoc>(SENTENCES_INDEX).getDocuments({ limit: 10_000 })).results;
const search = searchAll;
const countDocs = async () => (await meili.client.index(SENTENCES_INDEX).getStats()).numberOfDocuments;
const lastTaskUid = async () => (await meili.client.tasks.getTasks({ limit: 1 })).results[0]?.uid;

beforeAll(async () => {
  meili = await startTestMeili();
  // A private copy of the sample, so the test can edit and delete articles.
  corpus = join(mkdtempSync(join(tmpdir(), "parley-corpus-")), "sample");
  cpSync(SAMPLE_CORPUS, corpus, { recursive: true });
  cache = BuildCache.open(join(corpus, "..", "build-cache"));
  dryDocs = [];
  await runIndexer({ paths: [corpus], sink: documentsSink((d) => dryDocs.push(d)) });
});

afterAll(async () => {
  await cache?.close();
  await meili?.stop();
  rmSync(join(corpus, ".."), { recursive: true, force: true });
});

describe("indexing the sample into a real Meilisearch", () => {
  it("indexes every sentence once", async () => {
    const summary = await index([corpus]);
    expect(summary).toMatchObject({ articles: 5, extracted: 5, changed: 5, unchanged: 0, rejections: [] });
    expect(summary.sentences).toBe(dryDocs.length);
    expect(await countDocs()).toBe(dryDocs.length);
    expect(dryDocs.some((d) => d.claimArticles > 1)).toBe(true);
    expect(await indexedClaims()).toEqual(claimsOf(dryDocs));
  });

  it("finds and highlights words", async () => {
    const view = await search({ q: "ceasefire" });
    expect(view.total).toBeGreaterThan(0);
    expect(view.hits.every((h) => h.highlighted.includes(HIGHLIGHT_PRE) && h.highlighted.includes(HIGHLIGHT_POST))).toBe(true);
  });

  it("counts facets disjunctively: a group ignores its own selection", async () => {
    const speakerCounts = new Map<string, number>();
    for (const d of dryDocs) for (const s of d.speaker) speakerCounts.set(s, (speakerCounts.get(s) ?? 0) + 1);
    const [top, second] = [...speakerCounts.entries()].sort((a, b) => b[1] - a[1]);
    // Sentence counts: grouping of repeated reports off.
    const view = await search({ grouped: false, filters: { ...emptyFilters(), speaker: [top![0]] } });
    expect(view.total).toBe(top![1]);
    const speakerFacet = view.facets.find((f) => f.name === "speaker")!;
    expect(speakerFacet.values.find((v) => v.value === second![0])?.count).toBe(second![1]);
    // Other groups count only the selected speaker's sentences.
    const countryTotal = view.facets.find((f) => f.name === "country")!.values.reduce((n, v) => n + v.count, 0);
    const expected = dryDocs.filter((d) => d.speaker.includes(top![0])).reduce((n, d) => n + d.country.length, 0);
    expect(countryTotal).toBe(expected);
    // OR within a group.
    const both = await search({ grouped: false, filters: { ...emptyFilters(), speaker: [top![0], second![0]] } });
    expect(both.total).toBe(dryDocs.filter((d) => d.speaker.includes(top![0]) || d.speaker.includes(second![0])).length);
  });

  it("does no Meilisearch work when nothing changed", async () => {
    const before = await lastTaskUid();
    const summary = await index([corpus]);
    // Nor any extraction: every article comes from the build cache.
    expect(summary).toMatchObject({ extracted: 0, changed: 0, unchanged: 5, sentSentences: 0, settingsTasks: 0 });
    expect(await lastTaskUid()).toBe(before);
  });

  it("after a change, builds only what it touches and leaves the index as a fresh run would", async () => {
    const [first, , , , last] = readdirSync(corpus).sort();
    const original = readFileSync(join(corpus, last!), "utf8");
    const firstId = articleIdFor({ root: "sample", origin: first! });
    const copied = dryDocs.find((d) => d.articleId === firstId && d.claimArticles === 1 && d.text.split(" ").length > 12)!;
    try {
      // The last article now repeats a report of the first: both are built again, nothing else is.
      writeFileSync(join(corpus, last!), `${original}\n\n${copied.text}`);
      const summary = await index([corpus]);
      expect(summary).toMatchObject({ partial: true, articles: 5, extracted: 2, changed: 2, unchanged: 3 });
      const fresh = await dryRun();
      expect(fresh.find((d) => d.id === copied.id)!.claimArticles).toBe(2);
      expect(byId(await indexed())).toEqual(byId(fresh));
      expect(await indexedClaims()).toEqual(claimsOf(fresh));
    } finally {
      writeFileSync(join(corpus, last!), original);
    }
    // And back: the report is the first article's alone again.
    expect(await index([corpus])).toMatchObject({ partial: true, extracted: 2, changed: 2 });
    expect(byId(await indexed())).toEqual(byId(dryDocs));
    expect(await indexedClaims()).toEqual(claimsOf(dryDocs));
  });

  it("runs over everything when articles are gone and it may not prune them: nothing is removed", async () => {
    const [, , gone, , edited] = readdirSync(corpus)
      .sort()
      .map((name) => join(corpus, name));
    const texts = [gone!, edited!].map((file) => readFileSync(file, "utf8"));
    const before = await countDocs();
    rmSync(gone!);
    writeFileSync(edited!, `${texts[1]}\n\nA sentence added to the last article, said nobody.`);
    try {
      expect(await index([corpus])).toMatchObject({ partial: false, articles: 4, pruned: 0 });
      expect(await countDocs()).toBe(before + 1);
    } finally {
      writeFileSync(gone!, texts[0]!);
      writeFileSync(edited!, texts[1]!);
    }
    // The other articles were built against a corpus of four; with the fifth back the index is a fresh run's again.
    expect(await index([corpus])).toMatchObject({ articles: 5 });
    expect(byId(await indexed())).toEqual(byId(dryDocs));
    expect(await indexedClaims()).toEqual(claimsOf(dryDocs));
  });

  it("replaces an edited article's sentences and deletes those that no longer exist", async () => {
    const name = readdirSync(corpus).sort()[0]!;
    const lines = readFileSync(join(corpus, name), "utf8").split("\n");
    writeFileSync(join(corpus, name), lines.slice(0, 3).join("\n"));
    const summary = await index([corpus]);
    const articleId = articleIdFor({ root: "sample", origin: name });
    // Other articles change only where they repeated a removed sentence (their report count drops).
    const removedClaims = new Set(
      dryDocs.filter((d) => d.articleId === articleId && d.position >= 2 && d.claimArticles > 1).map((d) => d.claimId),
    );
    const partners = [...new Set(dryDocs.filter((d) => d.articleId !== articleId && removedClaims.has(d.claimId)).map((d) => d.articleId))];
    const partnerSentences = dryDocs.filter((d) => partners.includes(d.articleId)).length;
    expect(summary).toMatchObject({
      extracted: 1 + partners.length,
      changed: 1 + partners.length,
      unchanged: 4 - partners.length,
      sentSentences: 2 + partnerSentences,
    });
    const before = dryDocs.filter((d) => d.articleId === articleId).length;
    expect(before).toBeGreaterThan(2);
    const after = await meili.client.index(SENTENCES_INDEX).search("", { filter: `articleId = "${articleId}"`, limit: 1000 });
    expect(after.hits.map((h) => h.position).sort()).toEqual([0, 1]);
    expect(await countDocs()).toBe(dryDocs.length - before + 2);
    // Claims as a fresh index of the edited corpus would have them (the removed repeats included).
    expect(removedClaims.size).toBeGreaterThan(0);
    expect(await indexedClaims()).toEqual(claimsOf(await dryRun()));
  });

  it("prunes articles whose files are gone", async () => {
    const file = readdirSync(corpus).sort()[1]!;
    rmSync(join(corpus, file));
    const summary = await index([corpus], { prune: true });
    expect(summary).toMatchObject({ articles: 4, pruned: 1 });
    expect(await countDocs()).toBe(summary.sentences);
    expect(await indexedClaims()).toEqual(claimsOf(await dryRun()));
  });

  it("prunes within a single file given as input, never the rest of its folder", async () => {
    const [kept] = readdirSync(corpus).sort();
    const before = await countDocs();
    // The same file given alone: its article is still there, so nothing is pruned.
    expect(await index([join(corpus, kept!)], { prune: true })).toMatchObject({
      pruned: 0,
    });
    expect(await countDocs()).toBe(before);
    // A JSONL file beside the articles, indexed, then emptied of one record: only that record goes.
    const jsonl = join(corpus, "extra.jsonl");
    const record = (title: string) => JSON.stringify({ title, body: `${title} said the talks would resume. Nobody else did.` });
    writeFileSync(jsonl, [record("First extra"), record("Second extra")].join("\n"));
    await index([jsonl]);
    const withExtra = await countDocs();
    writeFileSync(jsonl, record("First extra"));
    const summary = await index([jsonl], { prune: true });
    expect(summary).toMatchObject({ articles: 1, pruned: 1 });
    expect(await countDocs()).toBe(withExtra - 2);
    rmSync(jsonl);
    // A run over one file leaves the claims of the rest alone (only the extra record's remains).
    const claims = await indexedClaims();
    expect(claims.filter((c) => !c.article.includes("First extra"))).toEqual(claimsOf(await dryRun()));
  });

  it("keeps quotes and operators inside a filter value", async () => {
    const hostile = 'x" OR speaker EXISTS OR "';
    const search = (state: Partial<SearchState>) => searchAll({ grouped: false, ...state });
    await meili.client
      .index(SENTENCES_INDEX)
      .addDocuments([{ ...dryDocs[0]!, id: "hostile-doc", articleId: "hostile", speaker: [hostile] }])
      .waitTask();
    expect((await search({ filters: { ...emptyFilters(), speaker: [hostile] } })).total).toBe(1);
    expect((await search({ filters: { ...emptyFilters(), speaker: ['nobody" OR speaker EXISTS OR "'] } })).total).toBe(0);
    expect((await search({ filters: { ...emptyFilters(), speaker: ['back\\slash" OR "1'] } })).total).toBe(0);
    expect((await search({ filters: { ...emptyFilters(), speaker: ['line\nbreak" OR speaker EXISTS OR "'] } })).total).toBe(0);
    expect((await search({ filters: { ...emptyFilters(), speaker: ["\\"] } })).total).toBe(0);
  });
});
