import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BuildCache } from "./build-cache";
import type { ClaimAssignment } from "./claim-clusterer";
import type { CorpusContext } from "./corpus-pass";
import { buildArticle } from "./documents";
import { compileTaxonomy, loadTaxonomy } from "./facets/topic";
import { segmentArticle, withoutBody, type SegmentedArticle } from "./read/read-articles";

const classify = compileTaxonomy(loadTaxonomy());

const article = (body: string, origin = "a.txt", root = "news"): SegmentedArticle =>
  withoutBody(segmentArticle({ title: "Rates", body, root, origin }, `id-${origin}`));

const BODY = "Anna Lee said rates would rise. The bank did not comment.";

/** A corpus pass's answers: canonical values by name, claims by position. */
const context = (canonical: Record<string, string> = {}, claims: Record<number, ClaimAssignment> = {}): CorpusContext => ({
  canonicalSpeaker: (name) => canonical[name] ?? name,
  claimOf: (_, position) => claims[position],
});

describe("the build cache", () => {
  let dir: string;
  let cache: BuildCache;
  let builds: number;
  // As in a run: each article built once, what was built visible to the next run.
  const build = async (a: SegmentedArticle, corpus: CorpusContext) => {
    const result = cache.built(a, corpus, (recording) => {
      builds++;
      return buildArticle(a, classify, recording);
    });
    await cache.committed();
    return result;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "parley-build-cache-"));
    cache = BuildCache.open(dir, "build-1");
    builds = 0;
  });
  afterEach(async () => {
    await cache.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives an unchanged article's documents back without building it, in a later run too", async () => {
    const first = await build(article(BODY), context());
    expect(first.reused).toBe(false);
    expect(first.built.docs[0]!.speaker).toEqual(["Anna Lee"]);
    await cache.close();
    cache = BuildCache.open(dir, "build-1");
    const again = await build(article(BODY), context());
    expect(again).toEqual({ built: first.built, reused: true });
    expect(builds).toBe(1);
  });

  it("builds again when the article, or the build's code and data, changed", async () => {
    await build(article(BODY), context());
    expect((await build(article(`${BODY} More.`), context())).reused).toBe(false);
    await cache.close();
    cache = BuildCache.open(dir, "build-2");
    expect((await build(article(`${BODY} More.`), context())).reused).toBe(false);
    expect(builds).toBe(3);
  });

  it("builds again when the corpus answers a question the build asked differently, not for other answers", async () => {
    await build(article(BODY), context());
    // Nobody asked about "Lee" alone: the answer does not matter to this article.
    expect((await build(article(BODY), context({ Lee: "Anna Lee" }))).reused).toBe(true);
    const moved = await build(article(BODY), context({ "Anna Lee": "Anna M. Lee" }));
    expect(moved.reused).toBe(false);
    expect(moved.built.docs[0]!.speaker).toEqual(["Anna M. Lee"]);
    const claim = { claimId: "other-3", claimArticles: 2, versions: 2 };
    const claimed = await build(article(BODY), context({ "Anna Lee": "Anna M. Lee" }, { 1: claim }));
    expect(claimed.reused).toBe(false);
    expect(claimed.built.docs[1]).toMatchObject({ claimId: "other-3", claimArticles: 2 });
    expect((await build(article(BODY), context({ "Anna Lee": "Anna M. Lee" }, { 1: { ...claim, versions: 3 } }))).reused).toBe(false);
  });

  it("forgets the articles its input no longer has, within the paths of the run only", async () => {
    const kept = article(BODY, "kept.txt");
    const gone = article(BODY, "gone.txt");
    const elsewhere = article(BODY, "b.txt", "other");
    for (const a of [kept, gone, elsewhere]) await build(a, context());
    const news = join(dir, "input", "news");
    mkdirSync(news, { recursive: true });
    expect(await cache.forget([news], new Set([kept.id]))).toBe(1);
    const reused = [];
    for (const a of [kept, gone, elsewhere]) reused.push((await build(a, context())).reused);
    expect(reused).toEqual([true, false, true]);
  });
});
