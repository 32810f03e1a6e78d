import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { discover } from "../indexer/read/discover";
import { readInputFile } from "../indexer/read/read-file";
import { segment } from "../indexer/segment";

/** Where the benchmarks read real news from: every corpus in ../shared/corpus. */
export const SHARED_CORPUS = new URL("../../shared/corpus", import.meta.url).pathname;
const ARTICLES_PER_FILE = 500;

export interface BenchCorpus {
  dir: string;
  articles: number;
  sentences: number;
  /** How many times the real corpus was repeated (with distinct article ids) to reach the size. */
  replication: number;
  /** Sentences in one copy of the real corpus. */
  baseSentences: number;
}

interface BaseArticle {
  title: string;
  body: string;
  sentences: number;
}

let base: BaseArticle[] | undefined;

/** The real articles, each with its sentence count (read once per process). */
export async function baseArticles(): Promise<BaseArticle[]> {
  if (base) return base;
  base = [];
  for (const file of discover([SHARED_CORPUS]).files) {
    for (const a of (await readInputFile(file)).articles) base.push({ title: a.title, body: a.body, sentences: segment(a.body).length });
  }
  return base;
}

/**
 * A corpus of at least `target` sentences: the real articles, repeated with distinct ids
 * (`r3:…`) as often as needed, as JSONL files of 500 articles under `.data/bench/`. Built once
 * and reused while its recipe is the same.
 */
export async function buildBenchCorpus(target: number, root = join(".data", "bench")): Promise<BenchCorpus> {
  const dir = join(root, `corpus-${target}`);
  // Beside the folder, not in it: the indexer reads everything in it.
  const metaPath = `${dir}.json`;
  if (existsSync(metaPath)) return JSON.parse(readFileSync(metaPath, "utf8")) as BenchCorpus;
  const articles = await baseArticles();
  const baseSentences = articles.reduce((n, a) => n + a.sentences, 0);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let sentences = 0;
  let count = 0;
  let lines: string[] = [];
  let file = 0;
  const flush = () => {
    if (lines.length) writeFileSync(join(dir, `part-${String(file++).padStart(5, "0")}.jsonl`), `${lines.join("\n")}\n`);
    lines = [];
  };
  for (let copy = 0; sentences < target; copy++) {
    for (const [i, a] of articles.entries()) {
      if (sentences >= target) break;
      lines.push(JSON.stringify({ id: `r${copy}:${i}`, title: a.title, body: a.body }));
      sentences += a.sentences;
      count++;
      if (lines.length === ARTICLES_PER_FILE) flush();
    }
  }
  flush();
  const corpus: BenchCorpus = { dir, articles: count, sentences, replication: +(sentences / baseSentences).toFixed(2), baseSentences };
  writeFileSync(metaPath, JSON.stringify(corpus));
  return corpus;
}
