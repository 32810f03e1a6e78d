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

/**
 * Hash of what an article puts into Meilisearch: its documents and its metadata. Equal hash,
 * nothing to send; a change of text, metadata or of what the extractors make of it (a new rule,
 * a name merged across the corpus) changes it, and only then is the article re-sent.
 */
export function contentHashFor(docs: unknown[], meta: unknown): string {
  return sha1(JSON.stringify([docs, meta]));
}

export function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}
