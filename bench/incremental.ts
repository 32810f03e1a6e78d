import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Meilisearch } from "meilisearch";
import { SENTENCES_INDEX } from "../meili/schema";
import { segment } from "../indexer/segment";
import type { BenchCorpus } from "./corpus";
import type { IndexerRun } from "./indexer-run";
import { round } from "./stats";

export interface Incremental {
  /** From starting the re-run to the change being searchable (the indexer waits for its tasks). */
  seconds: number;
  /** Of `seconds`, the indexer's first pass over the whole input (names and claims). */
  corpusPassSeconds: number;
  sentSentences: number;
  /** Sentences of the changed article: all that should be sent. */
  articleSentences: number;
  /** Articles whose facets the re-run extracted: the changed one only, with the build cache. */
  extractedArticles?: number;
  searchable: boolean;
}

/**
 * Changes one article of an indexed corpus (a sentence with a new word added), runs the indexer
 * again, and checks the new word is found; the corpus file is restored afterwards.
 */
export async function measureIncremental(
  corpus: BenchCorpus,
  client: Meilisearch,
  reindex: (paths: string[]) => Promise<IndexerRun>,
): Promise<Incremental> {
  const file = join(
    corpus.dir,
    readdirSync(corpus.dir)
      .filter((f) => f.endsWith(".jsonl"))
      .sort()[0]!,
  );
  const original = readFileSync(file, "utf8");
  const [first, ...rest] = original.split("\n");
  const article = JSON.parse(first!) as { id: string; title: string; body: string };
  const marker = `parleymark${Date.now().toString(36)}`;
  const body = `${article.body}\n\nThe update adds the word ${marker} to this article.`;
  writeFileSync(file, [JSON.stringify({ ...article, body }), ...rest].join("\n"));
  try {
    const run = await reindex([corpus.dir]);
    const found = await client.index(SENTENCES_INDEX).search(marker, { limit: 1 });
    return {
      seconds: round(run.seconds),
      corpusPassSeconds: round(run.summary.corpusPassSeconds),
      sentSentences: run.summary.sentSentences,
      extractedArticles: run.summary.extracted,
      articleSentences: segment(body).length,
      searchable: found.hits.length > 0,
    };
  } finally {
    writeFileSync(file, original);
  }
}
