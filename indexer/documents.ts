import { sentenceId, type ArticleRecord, type SentenceDoc, type SpeakerKind } from "../meili/schema";
import { extractFacets } from "./facets/extract";
import { finalSpeaker } from "./facets/speaker-values";
import type { TopicClassifier } from "./facets/topic";
import type { ClaimAssignment } from "./claim-clusterer";
import { articleIdFor, contentHashFor } from "./ids";
import type { RawArticle } from "./read/types";
import { segmentParagraphs } from "./segment";

export interface BuiltArticle {
  record: ArticleRecord;
  docs: SentenceDoc[];
}

/** What the corpus-wide pass knows about a sentence beyond its article. */
export interface CorpusContext {
  canonicalSpeaker: (name: string) => string;
  claimOf: (articleId: string, position: number) => ClaimAssignment | undefined;
}

const NO_CORPUS: CorpusContext = { canonicalSpeaker: (n) => n, claimOf: () => undefined };

/** One raw article → its record and one document per sentence of its body. */
export function buildArticle(article: RawArticle, classifyTopics: TopicClassifier, corpus: CorpusContext = NO_CORPUS): BuiltArticle {
  const articleId = articleIdFor(article);
  const { sentences, paragraphStarts } = segmentParagraphs(article.body);
  const facets = extractFacets(sentences, classifyTopics, paragraphStarts, article.title);
  const meta = pickMeta(article);
  const docs = sentences.map((text, position): SentenceDoc => {
    const { speaker, speakerKind, ...rest } = facets[position]!;
    const id = sentenceId(articleId, position);
    // One kind per canonical name, parallel to `speaker` (the first attribution's kind wins).
    const kinds = new Map<string, SpeakerKind>();
    speaker.forEach((name, i) => {
      // The corpus registry knows people; organisations and sources stay as the article named them.
      const kind = speakerKind[i]!;
      const final = finalSpeaker(kind === "person" ? corpus.canonicalSpeaker(name) : name, kind);
      if (!kinds.has(final.value)) kinds.set(final.value, final.kind);
    });
    return {
      id,
      articleId,
      article: article.title,
      position,
      text,
      ...rest,
      speaker: [...kinds.keys()],
      speakerKind: [...kinds.values()],
      people: [...kinds].filter(([, kind]) => kind === "person").map(([value]) => value),
      ...(corpus.claimOf(articleId, position) ?? { claimId: id, claimArticles: 1 }),
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
