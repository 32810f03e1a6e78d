import type { BuildCache } from "./build-cache";
import { observe, type Observations } from "./corpus-pass";
import { articleIdFor } from "./ids";
import type { InputFile } from "./read/discover";
import {
  type ReadArticle,
  readFileArticles,
  SeenArticles,
  segmentArticle,
  withoutBody,
  type ReadReport,
  type SegmentedArticle,
} from "./read/read-articles";
import { readInputFile } from "./read/read-file";
import type { RawArticle } from "./read/types";

/** An article of a file the build cache knows unchanged: not read, only named. */
export interface KnownArticle {
  id: string;
  inputHash: string;
  file: InputFile;
}

/** An article as the build step takes it: read in this run (with its sentences), or known. */
export type SpooledArticle = (SegmentedArticle & { inputHash: string }) | KnownArticle;

export const isKnown = (article: SpooledArticle): article is KnownArticle => "file" in article;

/** One article of the first pass: what the corpus learns from it, and what the build step will take. */
export interface FirstPassArticle {
  id: string;
  observations: Observations;
  spooled: SpooledArticle;
}

/**
 * The input, file by file, for the corpus-wide first pass: each article read and segmented once
 * and observed (names, claim signatures). With a cache, a file unchanged since an earlier run is
 * not read (its articles' observations are kept), nor is an unchanged article of a changed file
 * observed again.
 */
export async function* firstPass(
  files: InputFile[],
  report: ReadReport,
  cache?: BuildCache,
  onFile?: (done: number, total: number) => void,
): AsyncGenerator<FirstPassArticle> {
  const seen = new SeenArticles();
  for (const [i, file] of files.entries()) {
    const recalled = cache?.recallFile(file);
    if (recalled) {
      report.rejections.push(...recalled.rejections);
      report.notices.push(...recalled.notices);
      for (const { id, inputHash, observations } of recalled.articles) {
        if (seen.take(id, { root: file.root, origin: file.relPath }, file, report)) {
          yield { id, observations, spooled: { id, inputHash, file } };
        }
      }
    } else {
      for await (const article of readNotedFile(file, report, seen, cache)) {
        const inputHash = cache?.inputHash(article) ?? "";
        const observations = cache ? cache.observations(article, inputHash, observe) : observe(article);
        yield { id: article.id, observations, spooled: { ...withoutBody(article), inputHash } };
      }
    }
    onFile?.(i + 1, files.length);
  }
}

/**
 * A file's articles, read; once all are taken, the cache notes the file with their ids and what
 * reading it reported (read it to the end).
 */
export async function* readNotedFile(
  file: InputFile,
  report: ReadReport,
  seen: SeenArticles,
  cache?: BuildCache,
): AsyncGenerator<ReadArticle> {
  const reported = { rejections: report.rejections.length, notices: report.notices.length };
  const ids: string[] = [];
  for await (const article of readFileArticles(file, report, seen)) {
    ids.push(article.id);
    yield article;
  }
  const rejections = report.rejections.slice(reported.rejections);
  // A file with a duplicate is read every time: whether its article is one depends on the other files.
  if (!rejections.some((r) => r.reason.startsWith("duplicate article id"))) {
    cache?.noteFile(file, ids, { rejections, notices: report.notices.slice(reported.notices) });
  }
}

/**
 * Reads known articles again, when their documents must be built again. The last file read is
 * kept: the articles of one file come in a row, and each is found without reading it again.
 */
export function knownArticleReader(): (article: KnownArticle) => Promise<SegmentedArticle> {
  let last: { path: string; articles: Map<string, RawArticle> } | undefined;
  return async ({ id, file }) => {
    if (last?.path !== file.path) {
      const { articles } = await readInputFile(file);
      last = { path: file.path, articles: new Map(articles.map((a) => [articleIdFor(a), a])) };
    }
    const raw = last.articles.get(id);
    if (!raw) throw new Error(`${file.path}: article ${id} is no longer in the file (it changed during the run?)`);
    return withoutBody(segmentArticle(raw, id));
  };
}
