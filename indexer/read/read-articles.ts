import { articleIdFor } from "../ids";
import { segmentParagraphs } from "../segment";
import type { InputFile } from "./discover";
import { readInputFile } from "./read-file";
import type { ArticleMeta, Notice, RawArticle, Rejection } from "./types";

/** An article as read and split into sentences: what every later step works on. */
export interface ReadArticle {
  id: string;
  raw: RawArticle;
  sentences: string[];
  /** Index of every sentence that opens a paragraph (quotes reset there). */
  paragraphStarts: number[];
}

/** What the second pass needs of an article: its sentences and what describes it, not its body again. */
export type SegmentedArticle = Omit<ReadArticle, "raw"> & { raw: ArticleMeta };

/** The article as the second pass takes it: the body, already split into sentences, is left out. */
export function withoutBody({ raw: { body: _body, ...meta }, ...segmented }: ReadArticle): SegmentedArticle {
  return { ...segmented, raw: meta };
}

/** Where reading reports what it could not take, or took with a remark. */
export interface ReadReport {
  rejections: Rejection[];
  notices: Notice[];
}

/**
 * Every article of the input, each file read and segmented once, in input order. A file that
 * cannot be read and an article whose id was already seen are reported, and reading goes on.
 */
export async function* readArticles(
  files: InputFile[],
  report: ReadReport,
  onFile?: (done: number, total: number) => void,
): AsyncGenerator<ReadArticle> {
  const firstSeen = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    const read = await readInputFile(file);
    report.rejections.push(...read.rejections);
    report.notices.push(...read.notices);
    for (const raw of read.articles) {
      const id = articleIdFor(raw);
      const first = firstSeen.get(id);
      if (first) {
        report.rejections.push({ path: file.path, reason: `duplicate article id ${raw.id ?? id} (first seen in ${first})` });
        continue;
      }
      firstSeen.set(id, `${raw.root}/${raw.origin}`);
      yield segmentArticle(raw, id);
    }
    onFile?.(i + 1, files.length);
  }
}

/** An article's id and sentences. */
export function segmentArticle(raw: RawArticle, id = articleIdFor(raw)): ReadArticle {
  const { sentences, paragraphStarts } = segmentParagraphs(raw.body);
  return { id, raw, sentences, paragraphStarts: [...paragraphStarts] };
}
