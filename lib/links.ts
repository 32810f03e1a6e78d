import { serializeSearchState, type SearchState } from "./url-state";
/**
 * Where a sentence lives: its article page, scrolled to it. The one format for permalinks,
 * hit links and exports. sentencePath("3f2a", 4) → "/articles/3f2a#s4"
 */
export function sentencePath(articleId: string, position: number, backQuery = ""): string {
  return `/articles/${articleId}${backQuery ? `?back=${encodeURIComponent(backQuery)}` : ""}#s${position}`;
}

/** Sentence ids are `${articleId}-${position}`; article ids are short and URL-safe. */
export const ARTICLE_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const SENTENCE_ID = /^([A-Za-z0-9_-]{1,64})-(\d{1,6})$/;

/** "3f2a-4" → { articleId: "3f2a", position: 4 }, or undefined for anything else. */
export function parseSentenceId(id: string): { articleId: string; position: number } | undefined {
  const match = SENTENCE_ID.exec(id);
  return match ? { articleId: match[1]!, position: Number(match[2]) } : undefined;
}

/** A search's Atom feed (app/feed): its newest sentences, for a feed reader to follow. */
export function feedPath(state: SearchState): string {
  const search = serializeSearchState({ ...state, page: 1 });
  return search ? `/feed?${search}` : "/feed";
}
