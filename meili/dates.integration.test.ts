import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIndexer } from "../indexer/run";
import { documentsSink } from "../indexer/sinks/jsonl-sink";
import { meiliSink } from "../indexer/sinks/meili-sink";
import { dayStart } from "../lib/dates";
import { DEFAULT_STATE, type DateRange, type SearchState } from "../lib/url-state";
import { startTestMeili, type TestMeili } from "../scripts/test-support/meili";
import { CLAIMS_INDEX, type ClaimDoc, type SentenceDoc } from "./schema";
import { buildSearchRequests, type Response, toSearchView } from "./query";
import { getClaimVersions, searchHits, searchSentences } from "./searches";

const DATED = fileURLToPath(new URL("../../shared/corpus-dated/reuters-2017/part-000.jsonl", import.meta.url));
/** Stories of the dated corpus taken: enough to span weeks, quick to index. */
const STORIES = 120;

let meili: TestMeili;
let dir: string;
let docs: SentenceDoc[];

const state = (over: Partial<SearchState> = {}): SearchState => ({ ...DEFAULT_STATE, ...over });
const inRange = (t: number | undefined, { from, to }: DateRange) =>
  t !== undefined && (!from || t >= dayStart(from)!) && (!to || t < dayStart(to)! + 86_400);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "parley-dated-"));
  const lines = readFileSync(DATED, "utf8").split("\n").filter(Boolean).slice(0, STORIES);
  writeFileSync(join(dir, "reuters.jsonl"), `${lines.join("\n")}\n`);
  // One report in three articles on three dates, and an undated article: what grouping and lineage meet.
  const shared = "The finance minister said the budget would be balanced by the end of the decade.";
  const story = (id: string, date: string | undefined, own: string) =>
    JSON.stringify({ id, title: `Budget story ${id}`, body: `${own} ${shared} Markets were calm.`, ...(date ? { date } : {}) });
  writeFileSync(
    join(dir, "repeated.jsonl"),
    [
      story("rep-a", "2017-11-02", "Talks opened in the capital."),
      story("rep-b", "2017-11-20T21:00:00-05:00", "Lawmakers met again on Monday."),
      story("rep-c", "2017-12-05", "A vote is due next week."),
      story("rep-d", undefined, "An undated wire copy followed."),
      // Years before the rest: the corpus covers more than a year, so the timeline's days and weeks are counted second.
      JSON.stringify({
        id: "old-1",
        title: "An old story",
        body: "The council said the bridge would reopen in spring.",
        date: "2012-03-04",
      }),
    ].join("\n"),
  );
  meili = await startTestMeili();
  docs = [];
  await runIndexer({ paths: [dir], sink: documentsSink((d) => docs.push(d)) });
  await runIndexer({ paths: [dir], sink: meiliSink({ client: meili.client }) });
});
afterAll(async () => {
  await meili?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("dates on a real Meilisearch", () => {
  it("counts the sentences and the reports in a range as a dry run says, either end open", async () => {
    const claims = new Map<string, SentenceDoc[]>();
    for (const d of docs) claims.set(d.claimId, [...(claims.get(d.claimId) ?? []), d]);
    for (const dates of [
      { from: "2017-11-01", to: "2017-11-30" },
      { from: "2017-12-01" },
      { to: "2017-11-15" },
      { from: "2017-11-20", to: "2017-11-21" },
    ]) {
      const sentences = docs.filter((d) => inRange(d.dateTs, dates)).length;
      const reports = [...claims.values()].filter((versions) => versions.some((v) => inRange(v.dateTs, dates))).length;
      expect(sentences, JSON.stringify(dates)).toBeGreaterThan(0);
      expect((await searchSentences(meili.client, state({ dates, grouped: false }))).total, JSON.stringify(dates)).toBe(sentences);
      expect((await searchSentences(meili.client, state({ dates }))).total, JSON.stringify(dates)).toBe(reports);
    }
  });

  it("finds a repeated report in a range where only one of its versions was published", async () => {
    // rep-b was published on 20 Nov in New York, 21 Nov in UTC: the day the index counts it on.
    const view = await searchSentences(meili.client, state({ q: "balanced decade", dates: { from: "2017-11-21", to: "2017-11-21" } }));
    expect(view.total).toBe(1);
    expect(view.hits[0]!.claimArticles).toBe(4);
    const none = await searchSentences(meili.client, state({ q: "balanced decade", dates: { from: "2017-11-03", to: "2017-11-19" } }));
    expect(none.total).toBe(0);
  });

  it("keeps when and where a report was first published", async () => {
    const head = docs.find((d) => d.text.includes("balanced by the end of the decade"))!;
    const claim = await meili.client.index<ClaimDoc>(CLAIMS_INDEX).getDocument(head.claimId);
    const first = docs.find((d) => d.claimId === head.claimId && d.article === "Budget story rep-a")!;
    expect(claim.first).toEqual({
      date: "2017-11-02",
      dateTs: first.dateTs,
      article: first.article,
      articleId: first.articleId,
      id: first.id,
    });
    expect(claim.day).toEqual(["2017-11-02", "2017-11-21", "2017-12-05"]);
    // The versions in date order, the undated one last; the hit says where the report began.
    const versions = await getClaimVersions(meili.client, head.claimId);
    expect(versions.map((v) => v.article)).toEqual([
      "Budget story rep-a",
      "Budget story rep-b",
      "Budget story rep-c",
      "Budget story rep-d",
    ]);
    const { hits } = await searchHits(meili.client, state({ q: "balanced decade" }));
    expect(hits[0]!.first).toEqual(claim.first);
    expect(hits[0]!.date).toBe(claim.date);
  });

  it("orders by date whatever the relevance, newest or oldest first, a report by its latest or first version", async () => {
    const dateOf = new Map(docs.map((d) => [d.id, d.dateTs]));
    const said = docs.filter((d) => /\bsaid\b/i.test(d.text) && d.dateTs !== undefined).map((d) => d.dateTs!);
    const sentences = async (sort: "newest" | "oldest") =>
      (await searchHits(meili.client, state({ q: "said budget", sort, grouped: false }))).hits.map((h) => dateOf.get(h.id)!);
    const newest = await sentences("newest");
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    expect(newest[0]).toBe(Math.max(...said));
    const oldest = await sentences("oldest");
    expect(oldest).toEqual([...oldest].sort((a, b) => a - b));
    expect(oldest[0]).toBe(Math.min(...said));
    const claims = async (sort: "newest" | "oldest") => {
      const { hits } = await searchHits(meili.client, state({ q: "said budget", sort }));
      return Promise.all(hits.map((h) => meili.client.index<ClaimDoc>(CLAIMS_INDEX).getDocument(h.id)));
    };
    const latest = (await claims("newest")).map((c) => c.lastTs!);
    expect(latest).toEqual([...latest].sort((a, b) => b - a));
    const firsts = (await claims("oldest")).map((c) => c.first!.dateTs);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(firsts[0]).toBe(Math.min(...said));
  });

  it("draws the timeline from Meilisearch's counts, as a dry run counts, sentences or reports, following every filter", async () => {
    const { months } = await searchSentences(meili.client, state({ grouped: false }));
    const { month } = months.reduce((a, b) => (b.count > a.count ? b : a));
    const dates = { from: `${month}-01`, to: `${month}-28` };
    const country = docs.find((d) => d.country.length && inRange(d.dateTs, dates))!.country[0]!;
    for (const grouped of [false, true]) {
      for (const filters of [DEFAULT_STATE.filters, { ...DEFAULT_STATE.filters, country: [country] }]) {
        const view = await searchSentences(meili.client, state({ grouped, dates, filters }));
        expect(view.timeline?.granularity).toBe("day");
        expect(view.timeline!.buckets.length).toBe(28);
        const matching = docs.filter((d) => !filters.country.length || d.country.includes(country));
        const byClaim = new Map<string, SentenceDoc[]>();
        for (const d of docs) byClaim.set(d.claimId, [...(byClaim.get(d.claimId) ?? []), d]);
        for (const bucket of view.timeline!.buckets) {
          const day = { from: bucket.from, to: bucket.to };
          const expected = grouped
            ? [...byClaim.values()].filter((vs) => vs.some((v) => inRange(v.dateTs, day)) && vs.some((v) => matching.includes(v))).length
            : matching.filter((d) => inRange(d.dateTs, day)).length;
          expect(bucket.count, `${bucket.key} grouped ${grouped} ${filters.country}`).toBe(expected);
        }
        expect(view.timeline!.buckets.some((b) => b.count > 0)).toBe(true);
      }
    }
  });

  it("draws the same timeline whether the days and weeks are counted with the search or after it", async () => {
    await searchSentences(meili.client, state());
    const cases: Partial<SearchState>[] = [
      { q: "said" },
      { q: "budget", grouped: false },
      { dates: { from: "2017-11-01" } },
      { dates: { to: "2017-11-30" }, grouped: false },
      { dates: { from: "2017-11-06", to: "2017-11-12" } },
      { q: "council" },
    ];
    for (const over of cases) {
      const s = state(over);
      // Every span counted in the one multi-search, as over a corpus of unknown extent.
      const { results } = await meili.client.multiSearch({ queries: buildSearchRequests(s) });
      const once = toSearchView(s, results as unknown as Response[]);
      const view = await searchSentences(meili.client, s);
      expect(view.timeline, JSON.stringify(over)).toEqual(once.timeline);
      expect(view.total).toBe(once.total);
    }
    // The corpus covers years, so an unranged search is drawn by years, a search within a month by days.
    expect((await searchSentences(meili.client, state())).timeline?.granularity).toBe("year");
    expect((await searchSentences(meili.client, state({ dates: { from: "2017-11-06" } }))).timeline?.granularity).toBe("day");
  });

  it("counts the results per month as the dry run does", async () => {
    const months = new Map<string, number>();
    for (const d of docs) if (d.month) months.set(d.month, (months.get(d.month) ?? 0) + 1);
    const view = await searchSentences(meili.client, state({ grouped: false }));
    expect(view.months).toEqual([...months].sort().map(([month, count]) => ({ month, count })));
    expect(view.months.length).toBeGreaterThan(1);
    // A range leaves the months' own counts alone, so another month can be chosen.
    const ranged = await searchSentences(meili.client, state({ grouped: false, dates: { from: view.months[1]!.month + "-01" } }));
    expect(ranged.months).toEqual(view.months);
    expect(ranged.total).toBeLessThan(docs.length);
  });
});
