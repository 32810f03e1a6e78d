import { sentenceId, type ArticleRecord, type SentenceDoc } from "../meili/schema";
import { extractFacets } from "./facets/extract";
import type { TopicClassifier } from "./facets/topic";
import { articleIdFor, contentHashFor } from "./ids";
import type { RawArticle } from "./read/types";
import { segment } from "./segment";

export interface BuiltArticle {
  record: ArticleRecord;
  docs: SentenceDoc[];
}

/** One raw article → its record and one document per sentence of its body. */
export function buildArticle(article: RawArticle, classifyTopics: TopicClassifier, pipelineVersion: string): BuiltArticle {
  const articleId = articleIdFor(article);
  const sentences = segment(article.body);
  const facets = extractFacets(sentences, classifyTopics);
  const meta = pickMeta(article);
  const docs = sentences.map((text, position): SentenceDoc => ({
    id: sentenceId(articleId, position),
    articleId,
    article: article.title,
    position,
    text,
    ...facets[position]!,
    ...meta,
  }));
  const record: ArticleRecord = {
    id: articleId,
    title: article.title,
    contentHash: contentHashFor(article, pipelineVersion),
    sentences: docs.length,
    root: article.root,
    origin: article.origin,
    ...meta,
  };
  return { record, docs };
}

function pickMeta({ url, date, source }: RawArticle) {
  return { ...(url ? { url } : {}), ...(date ? { date } : {}), ...(source ? { source } : {}) };
}
