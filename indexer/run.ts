import { sentenceId } from "../meili/schema";
import { CorpusPass } from "./corpus-pass";
import { buildDocuments, type BuiltArticle } from "./documents";
import { compileTaxonomy, loadTaxonomy } from "./facets/topic";
import { discover } from "./read/discover";
import { readArticles, withoutBody, type SegmentedArticle } from "./read/read-articles";
import { ArticleSpool } from "./read/spool";
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
}

/** Sentences a batch (≈ 10 MB): Meilisearch indexes consecutive batches together anyway. */
export const DEFAULT_BATCH_SIZE = 10_000;

export interface RunSummary {
  files: number;
  articles: number;
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
}

/**
 * The indexer as named steps: discover the input → read articles (each file read and segmented
 * once, spooled) and learn the corpus → build documents → skip what the sink already holds →
 * write the rest in batches → let the sink finish (prune, swap).
 */
export async function runIndexer({ paths, taxonomy, sink, onProgress, batchSize = DEFAULT_BATCH_SIZE }: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const classify = compileTaxonomy(loadTaxonomy(taxonomy));
  const { files, rejections } = discover(paths);
  const summary: RunSummary = {
    files: files.length,
    articles: 0,
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
  };
  const spool = new ArticleSpool<SegmentedArticle>();
  try {
    const corpus = new CorpusPass();
    for await (const article of readArticles(files, summary, (done, total) => onProgress?.({ step: "read", done, total }))) {
      corpus.observe(article);
      await spool.add(withoutBody(article));
    }
    const context = corpus.context();
    summary.corpusPassSeconds = (performance.now() - started) / 1000;

    const known = await sink.known();
    const seenIds = new Set<string>();
    let batch = emptyBatch();
    const flush = async (full: Batch) => {
      summary.sentSentences += full.docs.length;
      await sink.write(full);
    };
    for await (const built of buildDocuments(spool.articles(), classify, context)) {
      seenIds.add(built.record.id);
      summary.articles++;
      summary.sentences += built.docs.length;
      onProgress?.({ step: "build", done: summary.articles, total: spool.count });
      const before = known.get(built.record.id);
      if (before?.contentHash === built.record.contentHash) {
        summary.unchanged++;
        continue;
      }
      summary.changed++;
      addToBatch(batch, built, before?.sentences ?? 0);
      if (batch.docs.length >= batchSize) {
        await flush(batch);
        batch = emptyBatch();
      }
    }
    await flush(batch);
    Object.assign(summary, await sink.finish({ paths, seenIds }));
  } finally {
    spool.remove();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** An article's documents and record, and the ids of sentences it had before and has no more. */
function addToBatch(batch: Batch, { docs, record }: BuiltArticle, sentencesBefore: number) {
  batch.docs.push(...docs);
  batch.records.push(record);
  for (let p = docs.length; p < sentencesBefore; p++) batch.staleIds.push(sentenceId(record.id, p));
}
