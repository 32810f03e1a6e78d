import { resolve } from "node:path";
import { SEARCHABLE_FACETS, sentenceId, type ArticleRecord, type ClaimDoc, type SearchableFacet, type SentenceDoc } from "../meili/schema";
import type { BuildCache } from "./build-cache";
import { ClaimBuilder, singleClaim } from "./claim-docs";
import { CorpusPass } from "./corpus-pass";
import { buildDocuments, type BuiltArticle } from "./documents";
import { compileTaxonomy, loadTaxonomy, type TopicClassifier } from "./facets/topic";
import { partialRun } from "./partial-run";
import { firstPass, type SpooledArticle } from "./first-pass";
import { discover, type InputFile } from "./read/discover";
import { ArticleSpool, type Keep, keepInMemory, TextSpool } from "./read/spool";
import type { Notice, Rejection } from "./read/types";
import { emptyBatch, type Batch, type DocumentSink } from "./sinks/document-sink";

export interface RunOptions {
  paths: string[];
  taxonomy?: string;
  /** Where documents go: Meilisearch (`meiliSink`) or JSON Lines (`jsonlSink`, the dry run). */
  sink: DocumentSink;
  /** Files read in the first pass, then articles built in the second. */
  onProgress?: (progress: { step: "read" | "build"; done: number; total: number }) => void;
  batchSize?: number;
  /** Articles built by earlier runs: those unchanged are not extracted again. */
  cache?: BuildCache;
}

/** Sentences a batch (≈ 10 MB): Meilisearch indexes consecutive batches together anyway. */
export const DEFAULT_BATCH_SIZE = 10_000;

export interface RunSummary {
  files: number;
  articles: number;
  /** Articles whose facets were extracted (the others came from the build cache). */
  extracted: number;
  changed: number;
  unchanged: number;
  pruned: number;
  sentences: number;
  /** Sentences written to the sink (0 for unchanged articles). */
  sentSentences: number;
  settingsTasks: number;
  rejections: Rejection[];
  notices: Notice[];
  seconds: number;
  /** Of `seconds`, the first pass over the whole input (reading, names and claims across the corpus). */
  corpusPassSeconds: number;
  /** Whether the run built only the articles a change touched (the cache vouched for the rest). */
  partial: boolean;
}

/**
 * The indexer as named steps: discover the input → the first pass (each file read and segmented
 * once, spooled, and what the corpus learns of each article; with a cache, files unchanged since
 * an earlier run are not read) → build documents (with a cache, only of articles whose input or
 * corpus answers changed) → skip what the sink already holds → write the rest in batches → let
 * the sink finish (prune, swap). Over an index the cache saw a complete run leave, a partial run
 * (partial-run.ts) does the same for only the articles a change touches.
 */
export async function runIndexer(options: RunOptions): Promise<RunSummary> {
  const { paths, taxonomy, sink, cache } = options;
  const started = performance.now();
  const classify = compileTaxonomy(loadTaxonomy(taxonomy));
  const { files, rejections } = discover(paths);
  const summary: RunSummary = {
    files: files.length,
    articles: 0,
    extracted: 0,
    changed: 0,
    unchanged: 0,
    pruned: 0,
    sentences: 0,
    sentSentences: 0,
    settingsTasks: 0,
    rejections,
    notices: [],
    seconds: 0,
    corpusPassSeconds: 0,
    partial: false,
  };
  // What the index holds must be what the cache last saw it complete with, for the same inputs and build.
  const synced =
    cache && sink.state
      ? async () => `${cache.fingerprint} ${JSON.stringify(paths.map((p) => resolve(p)))} ${await sink.state!()}`
      : undefined;
  const partial = synced && cache!.synced === (await synced()) && cache!.corpus.written;
  await cache?.noteSynced(undefined);
  const done = partial && (await partialRun({ ...options, cache: cache! }, files, classify, summary, started));
  if (!done) await wholeRun(options, files, classify, summary, started);
  cache?.noteAnswers();
  await cache?.committed();
  if (cache?.failed) {
    const message = `the build cache could not keep what this run learnt (${cache.failed.message.trim()}); the index is complete, and the next run checks every article again`;
    summary.notices.push({ path: cache.dir, message });
  } else if (synced) await cache!.noteSynced(await synced());
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** A run over the whole input: every article observed, the corpus pass over all, every article built (or taken from the cache). */
async function wholeRun(
  { paths, sink, onProgress, batchSize = DEFAULT_BATCH_SIZE, cache }: RunOptions,
  files: InputFile[],
  classify: TopicClassifier,
  summary: RunSummary,
  started: number,
): Promise<void> {
  const spool = new ArticleSpool<SpooledArticle>();
  const heads = new TextSpool();
  try {
    const corpus = new CorpusPass();
    for await (const { id, observations, spooled } of firstPass(files, summary, cache, (done, total) =>
      onProgress?.({ step: "read", done, total }),
    )) {
      corpus.add(id, observations);
      await spool.add(spooled);
    }
    await cache?.committed();
    cache?.corpus.rewrite(corpus.snapshot());
    const context = corpus.context();
    summary.corpusPassSeconds = (performance.now() - started) / 1000;
    const seenIds = new Set<string>();
    const claims = new RepeatedClaims((articleId, position) => context.claimOf(articleId, position)?.versions ?? 1, undefined, heads.keep);
    const facetValues = await writeArticles(
      buildDocuments(spool.articles(), classify, context, cache),
      spool.count,
      await sink.known(),
      claims,
      { sink, batchSize, summary, onProgress, onArticle: (id) => seenIds.add(id) },
    );
    await cache?.forget(paths, { ids: seenIds, files: new Set(files.map((f) => f.path)) });
    Object.assign(summary, await sink.finish({ paths, seenIds, repeatedClaims: claims.done(), facetValues }));
  } finally {
    spool.remove();
    heads.remove();
  }
}

/**
 * Builds the articles given, compares each with what the sink holds, and writes the changed
 * ones (with the claims they complete) in batches; returns the values of the searchable groups
 * in the articles built.
 */
export async function writeArticles(
  articles: AsyncIterable<BuiltArticle & { extracted: boolean }>,
  total: number,
  known: ReadonlyMap<string, ArticleRecord>,
  claims: RepeatedClaims,
  { sink, batchSize, summary, onProgress, onArticle }: WriteOptions,
): Promise<Map<SearchableFacet, Set<string>>> {
  const facetValues = new Map(SEARCHABLE_FACETS.map((f) => [f, new Set<string>()]));
  let batch = emptyBatch();
  const flush = async (full: Batch) => {
    summary.sentSentences += full.docs.length;
    await sink.write(full);
  };
  let done = 0;
  for await (const built of articles) {
    onArticle?.(built.record.id, built.docs);
    summary.articles++;
    if (built.extracted) summary.extracted++;
    summary.sentences += built.docs.length;
    onProgress?.({ step: "build", done: ++done, total });
    const before = known.get(built.record.id);
    const changed = before?.contentHash !== built.record.contentHash;
    const { singles, completed } = claims.add(built.docs, changed);
    noteFacetValues(facetValues, built.docs);
    // A repeated claim goes to the sink once complete, changed or not: the sink knows what it holds.
    batch.claims.push(...completed);
    if (!changed) summary.unchanged++;
    else {
      summary.changed++;
      addToBatch(batch, built, before?.sentences ?? 0, singles);
    }
    if (batch.docs.length + batch.claims.length >= batchSize) {
      await flush(batch);
      batch = emptyBatch();
    }
  }
  await flush(batch);
  return facetValues;
}

export interface WriteOptions {
  sink: DocumentSink;
  batchSize: number;
  summary: RunSummary;
  onProgress?: RunOptions["onProgress"];
  onArticle?: (id: string, docs: readonly SentenceDoc[]) => void;
}

/**
 * An article's documents and record, the ids of sentences it had before and has no more; the
 * claims of its sentences reported once, and the claims its sentences may have headed before
 * and head no more (a repeated claim's head stays: the claim is sent when complete).
 */
function addToBatch(batch: Batch, { docs, record }: BuiltArticle, sentencesBefore: number, singles: ClaimDoc[]) {
  batch.docs.push(...docs);
  batch.records.push(record);
  batch.claims.push(...singles);
  for (let p = docs.length; p < sentencesBefore; p++) {
    batch.staleIds.push(sentenceId(record.id, p));
    batch.staleClaimIds.push(sentenceId(record.id, p));
  }
  for (const doc of docs) if (doc.claimId !== doc.id) batch.staleClaimIds.push(doc.id);
}

/** Adds the values of the searchable groups in these documents (an article has one title, the rest are lists). */
function noteFacetValues(values: Map<SearchableFacet, Set<string>>, docs: readonly SentenceDoc[]) {
  for (const doc of docs) {
    for (const [facet, seen] of values) {
      const held = doc[facet];
      for (const value of typeof held === "string" ? [held] : held) seen.add(value);
    }
  }
}

/**
 * The claims of a run: those of one version are known with their sentence; a repeated one is
 * built as its versions come in, and is complete with its last (so claims reach the index in
 * about the order of the input, as the sentences do).
 */
export class RepeatedClaims {
  private readonly building = new Map<string, ClaimBuilder>();
  private readonly ids = new Set<string>();

  /**
   * `versionsOf` says how many versions a sentence's claim has; `inScope` whether the run builds
   * its claim at all (a partial run builds only the claims a change touched); `keep` holds the
   * head versions of the claims that wait for more.
   */
  constructor(
    private readonly versionsOf: (articleId: string, position: number) => number,
    private readonly inScope: (articleId: string, position: number) => boolean = () => true,
    private readonly keep: Keep = keepInMemory,
  ) {}

  /**
   * Takes an article's sentences: the claims of those reported once (only of a changed article:
   * an unchanged one's are indexed already), and the repeated claims they complete.
   */
  add(docs: SentenceDoc[], changed: boolean): { singles: ClaimDoc[]; completed: ClaimDoc[] } {
    const singles: ClaimDoc[] = [];
    const completed: ClaimDoc[] = [];
    for (const doc of docs) {
      if (!this.inScope(doc.articleId, doc.position)) continue;
      const versions = this.versionsOf(doc.articleId, doc.position);
      if (versions === 1) {
        if (changed) singles.push(singleClaim(doc));
        continue;
      }
      const builder =
        this.building.get(doc.claimId) ?? this.building.set(doc.claimId, new ClaimBuilder(versions, this.keep)).get(doc.claimId)!;
      builder.add(doc);
      if (!builder.complete) continue;
      completed.push(builder.build());
      this.ids.add(doc.claimId);
      this.building.delete(doc.claimId);
    }
    return { singles, completed };
  }

  /** The id of every repeated claim; call after the last article. */
  done(): ReadonlySet<string> {
    if (this.building.size)
      throw new Error(`${this.building.size} repeated claims did not get all their versions (first: ${[...this.building.keys()][0]})`);
    return this.ids;
  }
}
