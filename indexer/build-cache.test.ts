import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BuildCache } from "./build-cache";
import { type ClaimAssignment, claimTraits } from "./claim-clusterer";
import { type CorpusContext, observe } from "./corpus-pass";
import { buildArticle } from "./documents";
import { compileTaxonomy, loadTaxonomy } from "./facets/topic";
import type { InputFile } from "./read/discover";
import { segmentArticle, withoutBody, type ReadArticle } from "./read/read-articles";

const classify = compileTaxonomy(loadTaxonomy());

const article = (body: string, origin = "a.txt", root = "news"): ReadArticle =>
  segmentArticle({ title: "Rates", body, root, origin }, `id-${origin}`);

const BODY = "Anna Lee said rates would rise. The bank did not comment on the decision of its board.";

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
  const build = async (a: ReadArticle, corpus: CorpusContext) => {
    const result = await cache.built({ id: a.id, inputHash: cache.inputHash(a) }, corpus, (recording) => {
      builds++;
      return buildArticle(withoutBody(a), classify, recording);
    });
    await cache.committed();
    return result;
  };
  const reopen = async (fingerprint = "build-1") => {
    await cache.close();
    cache = BuildCache.open(dir, fingerprint);
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

  it("is left out, with a warning, where it cannot be opened: the run then analyses every article", () => {
    const notAFolder = join(dir, "file");
    writeFileSync(notAFolder, "");
    const warnings: string[] = [];
    expect(BuildCache.inDataDir(notAFolder, (line) => warnings.push(line))).toBeUndefined();
    expect(warnings).toEqual([
      expect.stringMatching(/^The build cache in .*file\/build-cache cannot be opened \(.+\): every article is analysed\.$/),
    ]);
  });

  it("gives an unchanged article's documents back without building it, in a later run too", async () => {
    const first = await build(article(BODY), context());
    expect(first.reused).toBe(false);
    expect(first.built.docs[0]!.speaker).toEqual(["Anna Lee"]);
    await reopen();
    const again = await build(article(BODY), context());
    expect(again).toEqual({ built: first.built, reused: true });
    expect(builds).toBe(1);
  });

  it("builds again when the article, or the build's code and data, changed", async () => {
    await build(article(BODY), context());
    expect((await build(article(`${BODY} More.`), context())).reused).toBe(false);
    await reopen("build-2");
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

  it("keeps what the first pass learns from an article read the same, claim signatures intact", async () => {
    let observed = 0;
    const counting = (a: ReadArticle) => {
      observed++;
      return observe(a);
    };
    const a = article(BODY);
    const first = cache.observations(a, cache.inputHash(a), counting);
    expect(first.names).toEqual(["Anna Lee"]);
    await reopen();
    const kept = cache.observations(a, cache.inputHash(a), counting);
    expect(kept).toEqual(first);
    expect(kept.claims.signatures).toEqual(claimTraits(a.sentences).signatures);
    expect(observed).toBe(1);
    const changed = article(`${BODY} Bo Kim said so too.`);
    expect(cache.observations(changed, cache.inputHash(changed), counting).names).toEqual(["Anna Lee", "Bo Kim"]);
    expect(observed).toBe(2);
  });

  it("recalls a file of the same size and time, for the same build, with its articles and reports", async () => {
    const file: InputFile = { path: "/in/news/a.jsonl", root: "news", relPath: "a.jsonl", size: 120, mtimeMs: 1000 };
    cache.noteFile({ ...file, path: "/in/news/just-written.txt", mtimeMs: Date.now() }, [], { rejections: [], notices: [] });
    const a = article(BODY, "a.jsonl:1");
    cache.observations(a, cache.inputHash(a), observe);
    const reported = { rejections: [{ path: file.path, line: 2, reason: "not JSON" }], notices: [] };
    cache.noteFile(file, [a.id], reported);
    await reopen();
    expect(cache.recallFile(file)).toEqual({
      articles: [{ id: a.id, inputHash: cache.inputHash(a), observations: observe(a) }],
      ...reported,
    });
    expect(cache.recallFile({ ...file, mtimeMs: 2000 })).toBeUndefined();
    expect(cache.recallFile({ ...file, size: 121 })).toBeUndefined();
    // A file written a moment ago is read again, whatever its size and time.
    expect(cache.recallFile({ ...file, path: "/in/news/just-written.txt", mtimeMs: Date.now() })).toBeUndefined();
    await reopen("build-2");
    expect(cache.recallFile(file)).toBeUndefined();
  });

  it("forgets the articles and files its input no longer has, within the paths of the run only", async () => {
    const input = join(dir, "input", "news");
    mkdirSync(input, { recursive: true });
    const kept = article(BODY, "kept.txt");
    const gone = article(BODY, "gone.txt");
    const elsewhere = article(BODY, "b.txt", "other");
    for (const a of [kept, gone, elsewhere]) await build(a, context());
    const file = (name: string): InputFile => ({ path: join(input, name), root: "news", relPath: name, size: 1, mtimeMs: 1 });
    cache.observations(kept, cache.inputHash(kept), observe);
    for (const name of ["kept.txt", "old.txt"]) cache.noteFile(file(name), [kept.id], { rejections: [], notices: [] });
    expect(await cache.forget([input], { ids: new Set([kept.id]), files: new Set([file("kept.txt").path]) })).toBe(1);
    expect(cache.recallFile(file("kept.txt"))).toBeDefined();
    expect(cache.recallFile(file("old.txt"))).toBeUndefined();
    const reused = [];
    for (const a of [kept, gone, elsewhere]) reused.push((await build(a, context())).reused);
    expect(reused).toEqual([true, false, true]);
  });

  it("keeps a failed commit as its failure, not thrown nor left unheard, and then notes no index synced", async () => {
    await cache.noteSynced("index 1");
    expect(cache.synced).toBe("index 1");
    // A failed commit as the store reports it: each write rejected with a general error whose
    // commitError rejects with the reason (seen once in about 25 partial runs at 100k sentences).
    const reason = new Error("MDB_BAD_TXN: reserved freelist had a data entry with zero-size");
    const failure = Object.assign(new Error("Commit failed (see commitError for details)"), { commitError: Promise.reject(reason) });
    const root = (cache as unknown as { root: object }).root;
    Object.defineProperty(root, "committed", { get: () => Promise.reject(failure), configurable: true });
    await expect(cache.committed()).resolves.toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve));
    expect(cache.failed).toBe(reason);
    Reflect.deleteProperty(root, "committed");
    await cache.noteSynced("index 2");
    expect(cache.synced).toBeUndefined();
  });
});
