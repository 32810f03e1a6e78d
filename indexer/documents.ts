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
export function buildArticle(article: RawArticle, classifyTopics: TopicClassifier, canonicalSpeaker: (name: string) => string = (n) => n): BuiltArticle {
  const articleId = articleIdFor(article);
  const sentences = segment(article.body);
  const facets = extractFacets(sentences, classifyTopics);
  const meta = pickMeta(article);
  const docs = sentences.map((text, position): SentenceDoc => {
    const { speaker, ...rest } = facets[position]!;
    return {
      id: sentenceId(articleId, position),
      articleId,
      article: article.title,
      position,
      text,
      ...rest,
      speaker: [...new Set(speaker.map(canonicalSpeaker))],
      ...meta,
    };
  });
  const record: ArticleRecord = {
    id: articleId,
    title: article.title,
    contentHash: contentHashFor(docs, [article.title, article.root, article.origin, meta]),
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
