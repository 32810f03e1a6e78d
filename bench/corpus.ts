import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { discover } from "../indexer/read/discover";
import { readInputFile } from "../indexer/read/read-file";
import { segment } from "../indexer/segment";
import { DAY_SECONDS, dayStart } from "../lib/dates";

/** Where the benchmarks read real news from: every corpus in ../shared/corpus. */
export const SHARED_CORPUS = new URL("../../shared/corpus", import.meta.url).pathname;
/** The dated stories, for the figures of dated input. */
export const DATED_CORPUS = new URL("../../shared/corpus-dated", import.meta.url).pathname;
/** A copy of the dated stories is moved back this far from the one before: 52 weeks keeps each weekday. */
const COPY_SHIFT_DAYS = 364;
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
  date?: string;
  source?: string;
}

type Kind = "undated" | "dated";
const bases = new Map<Kind, BaseArticle[]>();

/** The real articles, each with its sentence count (read once per process). */
export async function baseArticles(kind: Kind = "undated"): Promise<BaseArticle[]> {
  const known = bases.get(kind);
  if (known) return known;
  const articles: BaseArticle[] = [];
  for (const file of discover([kind === "dated" ? DATED_CORPUS : SHARED_CORPUS]).files) {
    for (const a of (await readInputFile(file)).articles) {
      articles.push({ title: a.title, body: a.body, sentences: segment(a.body).length, date: a.date, source: a.source });
    }
  }
  bases.set(kind, articles);
  return articles;
}

/** A copy's date: the article's, moved back a whole number of 52-week spans. */
function shifted(date: string | undefined, copy: number): string | undefined {
  const start = date === undefined ? undefined : dayStart(date.slice(0, 10));
  return start === undefined ? undefined : new Date((start - copy * COPY_SHIFT_DAYS * DAY_SECONDS) * 1000).toISOString().slice(0, 10);
}

/**
 * A corpus of at least `target` sentences: the real articles (or the dated ones, each copy
 * dated a year earlier), repeated with distinct ids (`r3:…`) as often as needed, as JSONL files of 500 articles under `.data/bench/`. Built once
 * and reused while its recipe is the same.
 */
export async function buildBenchCorpus(target: number, root = join(".data", "bench"), kind: Kind = "undated"): Promise<BenchCorpus> {
  const dir = join(root, kind === "dated" ? `dated-${target}` : `corpus-${target}`);
  // Beside the folder, not in it: the indexer reads everything in it.
  const metaPath = `${dir}.json`;
  if (existsSync(metaPath)) return JSON.parse(readFileSync(metaPath, "utf8")) as BenchCorpus;
  const articles = await baseArticles(kind);
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
      // The article's own date, moved back per copy, and outlet, where it has them (the undated corpora have neither).
      const date = shifted(a.date, copy);
      lines.push(
        JSON.stringify({
          id: `r${copy}:${i}`,
          title: a.title,
          body: a.body,
          ...(date ? { date } : {}),
          ...(a.source ? { source: a.source } : {}),
        }),
      );
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
