import type { Meilisearch } from "meilisearch";
import type { ArticleRecord, SentenceDoc } from "../meili/schema";
import { sentenceId } from "../meili/schema";
import { ClaimClusterer } from "./claim-clusterer";
import { buildArticle, type CorpusContext } from "./documents";
import { segment } from "./segment";
import { articleIdFor } from "./ids";
import { NameRegistry } from "./facets/name-registry";
import { personNamesIn } from "./facets/noun-phrases";
import { compileTaxonomy, loadTaxonomy } from "./facets/topic";
import { discover, inScope, inputScope, type InputFile } from "./read/discover";
import { readInputFile } from "./read/read-file";
import type { Notice, Rejection } from "./read/types";
import { retrying } from "./retry";
import {
  deleteArticles,
  ensureIndexes,
  finishRebuild,
  LIVE_INDEXES,
  loadArticleRecords,
  pushBatch,
  REBUILD_INDEXES,
  startRebuild,
  type Batch,
  type SyncContext,
} from "./sync";

export interface RunOptions {
  paths: string[];
  taxonomy?: string;
  prune?: boolean;
  /** Where documents go: Meilisearch, or a sink for --dry-run. */
  target: { client: Meilisearch } | { sink: (doc: SentenceDoc) => void };
  onProgress?: (done: number, total: number) => void;
  batchSize?: number;
  /** How long to keep retrying while Meilisearch is unreachable (default 60 s). */
  retrySeconds?: number;
  onRetry?: (what: string, error: Error, waitMs: number) => void;
  /** Build fresh indexes beside the live ones and swap them in when complete. */
  rebuild?: boolean;
}

export const DEFAULT_RETRY_SECONDS = 60;
/** Sentences a batch (≈ 10 MB): Meilisearch indexes consecutive batches together anyway. */
export const DEFAULT_BATCH_SIZE = 10_000;
/** Batches sent and not yet done, beside the one being built. */
export const BATCHES_IN_FLIGHT = 3;

export interface RunSummary {
  files: number;
  articles: number;
  changed: number;
  unchanged: number;
  pruned: number;
  sentences: number;
  /** Sentences sent to Meilisearch (0 for unchanged articles). */
  sentSentences: number;
  settingsTasks: number;
  rejections: Rejection[];
  notices: Notice[];
  seconds: number;
  /** Of `seconds`, the first pass over the whole input (names and claims across the corpus). */
  corpusPassSeconds: number;
}

/**
 * The indexer as named steps: discover the input → read articles → build documents →
 * skip what is unchanged → push in batches → prune what disappeared.
 */
export async function runIndexer(options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const classify = compileTaxonomy(loadTaxonomy(options.taxonomy));
  const { files, rejections } = discover(options.paths);
  const summary: RunSummary = {
    files: files.length, articles: 0, changed: 0, unchanged: 0, pruned: 0, sentences: 0, sentSentences: 0,
    settingsTasks: 0, rejections, notices: [], seconds: 0, corpusPassSeconds: 0,
  };
  const corpus = await corpusPass(files);
  summary.corpusPassSeconds = (performance.now() - started) / 1000;
  const client = "client" in options.target ? options.target.client : undefined;
  const retry = retrying(options.retrySeconds ?? DEFAULT_RETRY_SECONDS, options.onRetry);
  const ctx: SyncContext | undefined = client && { client, retry, indexes: options.rebuild ? REBUILD_INDEXES : LIVE_INDEXES };
  const sink = "sink" in options.target ? options.target.sink : undefined;
  const known = ctx ? await prepare(ctx, summary, options.rebuild) : new Map<string, ArticleRecord>();
  const seenIds = new Map<string, string>();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let batch: Batch = { docs: [], staleIds: [], records: [] };
  // Up to BATCHES_IN_FLIGHT batches sent while the next is built: extraction overlaps
  // Meilisearch's indexing, and Meilisearch can index consecutive batches in one go. Each batch
  // still writes its records only after its own documents succeeded.
  const inFlight: Promise<void>[] = [];
  const send = async (full: Batch) => {
    if (inFlight.length >= BATCHES_IN_FLIGHT) await inFlight.shift();
    summary.sentSentences += full.docs.length;
    const pushed = pushBatch(ctx!, full);
    // A failed push must fail the run even if nothing awaits it yet.
    pushed.catch(() => {});
    inFlight.push(pushed);
  };

  for (const [i, file] of files.entries()) {
    const read = await readInputFile(file);
    summary.rejections.push(...read.rejections);
    summary.notices.push(...read.notices);
    for (const raw of read.articles) {
      const id = articleIdFor(raw);
      const firstSeen = seenIds.get(id);
      if (firstSeen) {
        summary.rejections.push({ path: file.path, reason: `duplicate article id ${raw.id ?? id} (first seen in ${firstSeen})` });
        continue;
      }
      seenIds.set(id, `${raw.root}/${raw.origin}`);
      const built = buildArticle(raw, classify, corpus);
      summary.articles++;
      summary.sentences += built.docs.length;
      const before = known.get(built.record.id);
      if (client && before?.contentHash === built.record.contentHash) {
        summary.unchanged++;
        continue;
      }
      summary.changed++;
      if (sink) {
        for (const doc of built.docs) sink(doc);
        continue;
      }
      if (!ctx) continue;
      batch.docs.push(...built.docs);
      batch.records.push(built.record);
      for (let p = built.docs.length; p < (before?.sentences ?? 0); p++) batch.staleIds.push(sentenceId(built.record.id, p));
      if (batch.docs.length >= batchSize) {
        await send(batch);
        batch = { docs: [], staleIds: [], records: [] };
      }
    }
    options.onProgress?.(i + 1, files.length);
  }
  if (ctx) {
    await send(batch);
    for (const pushed of inFlight) await pushed;
    if (options.prune && !options.rebuild) summary.pruned = await prune(ctx, known, seenIds, options.paths);
    if (options.rebuild) await finishRebuild(ctx);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/**
 * First pass, over the whole input: every person's full name, so that a speaker gets one facet
 * value across the corpus (a surname-only mention in one article joins the full name in
 * another), and the claims that near-duplicate sentences of different articles share. It reads
 * the input again rather than keeping every article in memory between the passes.
 */
async function corpusPass(files: InputFile[]): Promise<CorpusContext> {
  const names = new NameRegistry();
  const claims = new ClaimClusterer();
  const seen = new Set<string>();
  for (const file of files) {
    for (const article of (await readInputFile(file)).articles) {
      const articleId = articleIdFor(article);
      if (seen.has(articleId)) continue;
      seen.add(articleId);
      for (const name of personNamesIn(article.body)) names.observe(name);
      claims.addArticle(articleId, segment(article.body));
    }
  }
  const assigned = claims.assign();
  return { canonicalSpeaker: (name) => names.canonical(name), claimOf: (articleId, position) => assigned.claimOf(articleId, position) };
}

async function prepare(ctx: SyncContext, summary: RunSummary, rebuild = false) {
  if (rebuild) await startRebuild(ctx);
  summary.settingsTasks = await ensureIndexes(ctx);
  return loadArticleRecords(ctx);
}

/** Articles of the roots given this run that the input no longer has. */
async function prune(ctx: SyncContext, known: Map<string, ArticleRecord>, seen: Map<string, string>, paths: string[]) {
  const scopes = paths.map(inputScope);
  const gone = [...known.values()].filter((r) => !seen.has(r.id) && scopes.some((scope) => inScope(scope, r))).map((r) => r.id);
  if (gone.length) await deleteArticles(ctx, gone);
  return gone.length;
}

