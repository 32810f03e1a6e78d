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

/** The articles of a run so far, by id: a second article with an id is a duplicate. */
export class SeenArticles {
  private readonly firstSeen = new Map<string, string>();

  /** Takes an article read from `file`, or reports it as a duplicate and returns false. */
  take(id: string, place: { root: string; origin: string; label?: string }, file: InputFile, report: ReadReport): boolean {
    const first = this.firstSeen.get(id);
    if (first) {
      report.rejections.push({ path: file.path, reason: `duplicate article id ${place.label ?? id} (first seen in ${first})` });
      return false;
    }
    this.firstSeen.set(id, `${place.root}/${place.origin}`);
    return true;
  }
}

/** One file's articles, read and segmented, those whose id was seen already reported as duplicates. */
export async function* readFileArticles(file: InputFile, report: ReadReport, seen: SeenArticles): AsyncGenerator<ReadArticle> {
  const read = await readInputFile(file);
  report.rejections.push(...read.rejections);
  report.notices.push(...read.notices);
  for (const raw of read.articles) {
    const id = articleIdFor(raw);
    if (seen.take(id, { root: raw.root, origin: raw.origin, label: raw.id }, file, report)) yield segmentArticle(raw, id);
  }
}

/** An article's id and sentences. */
export function segmentArticle(raw: RawArticle, id = articleIdFor(raw)): ReadArticle {
  const { sentences, paragraphStarts } = segmentParagraphs(raw.body);
  return { id, raw, sentences, paragraphStarts: [...paragraphStarts] };
}
