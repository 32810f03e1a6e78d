import { createHash } from "node:crypto";
import type { RawArticle } from "./read/types";

/**
 * Deterministic article id: the same input always gets the same id. An explicit `id` in the
 * input wins (so a record keeps its id when files move); otherwise the root folder's name
 * and the path inside it. 16 hex characters: short in URLs, collision-free at corpus scale.
 *
 * articleIdFor({ root: "sample", origin: "000.txt", … }) → "3f2a…" (always the same)
 */
export function articleIdFor(article: Pick<RawArticle, "id" | "root" | "origin">): string {
  const key = article.id !== undefined ? `id:${article.id}` : `path:${article.root}/${article.origin}`;
  return sha1(key).slice(0, 16);
}

/** Hash of everything that decides an article's documents, including the extractors' version. */
export function contentHashFor(article: RawArticle, pipelineVersion: string): string {
  const { title, body, url, date, source } = article;
  return sha1(JSON.stringify([pipelineVersion, title, body, url, date, source]));
}

export function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}
