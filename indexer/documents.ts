import { spansOf } from "../lib/date-buckets";
import { type DATE_BUCKET_FIELDS, sentenceId, type ArticleRecord, type SentenceDoc, type SpeakerKind } from "../meili/schema";
import { extractFacets } from "./facets/extract";
import { finalSpeaker } from "./facets/speaker-values";
import type { TopicClassifier } from "./facets/topic";
import type { ClaimAssignment } from "./claim-clusterer";
import { NO_CORPUS, type CorpusContext } from "./corpus-pass";
import type { BuildCache } from "./build-cache";
import { isKnown, knownArticleReader, type SpooledArticle } from "./first-pass";
import { contentHashFor } from "./ids";
import type { SegmentedArticle } from "./read/read-articles";
import { parseDate } from "../lib/dates";
import type { ArticleMeta } from "./read/types";

export interface BuiltArticle {
  record: ArticleRecord;
  docs: SentenceDoc[];
}

/** One article → its record and one document per sentence. */
export function buildArticle(read: SegmentedArticle, classifyTopics: TopicClassifier, corpus: CorpusContext = NO_CORPUS): BuiltArticle {
  const { id: articleId, raw: article, sentences } = read;
  const facets = extractFacets(sentences, classifyTopics, new Set(read.paragraphStarts), article.title);
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
      ...claimFields(corpus.claimOf(articleId, position), id),
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

/** What a sentence says of its claim: the claim's id and how many articles report it. */
function claimFields(claim: ClaimAssignment | undefined, id: string): Pick<SentenceDoc, "claimId" | "claimArticles"> {
  return claim ? { claimId: claim.claimId, claimArticles: claim.claimArticles } : { claimId: id, claimArticles: 1 };
}

function pickMeta({ url, date, source }: ArticleMeta) {
  return { ...(url ? { url } : {}), ...(date ? dateFields(date) : {}), ...(source ? { source } : {}) };
}

/** A date as read (valid ISO: the reader rejected the rest) and what filters and the timeline use of it. */
function dateFields(date: string): Pick<SentenceDoc, "date" | (typeof DATE_BUCKET_FIELDS)[number]> {
  const parsed = parseDate(date);
  if ("error" in parsed) return {};
  const at = parsed.epoch;
  return { date: parsed.iso, dateTs: at, ...spansOf(at) };
}

/**
 * The build step: every article with its documents, in the order read, and whether they were
 * extracted anew (with a cache, an article whose input and corpus answers did not change is not;
 * a known article is read again only when it must be built).
 */
export async function* buildDocuments(
  articles: AsyncIterable<SpooledArticle>,
  classifyTopics: TopicClassifier,
  corpus: CorpusContext,
  cache?: BuildCache,
): AsyncGenerator<BuiltArticle & { extracted: boolean }> {
  const readKnown = knownArticleReader();
  for await (const article of articles) {
    const build = async (context: CorpusContext) =>
      buildArticle(isKnown(article) ? await readKnown(article) : article, classifyTopics, context);
    if (!cache) yield { ...(await build(corpus)), extracted: true };
    else {
      const { built, reused } = await cache.built(article, corpus, build);
      yield { ...built, extracted: !reused };
    }
  }
}
