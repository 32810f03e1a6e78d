import { countriesIn } from "./country";
import { attributeArticle, type Attribution } from "./attribution/attribute-article";
import type { TopicClassifier, TopicFacets } from "./topic";

export type SentenceFacets = Attribution & TopicFacets & { country: string[] };

/** Sentences this short with no topic cue of their own are judged by their neighbours. */
const SHORT_SENTENCE_WORDS = 6;

/** All facets of every sentence of one article (speakers and short sentences need the article). */
export function extractFacets(
  sentences: string[],
  classifyTopics: TopicClassifier,
  paragraphStarts?: ReadonlySet<number>,
  title?: string,
): SentenceFacets[] {
  const attributions = attributeArticle(sentences, paragraphStarts, title);
  const topics = withContext(sentences, sentences.map(classifyTopics));
  return sentences.map((sentence, i) => ({
    ...attributions[i]!,
    country: countriesIn(sentence),
    ...topics[i]!,
  }));
}

/**
 * "It was the worst attack in years." says nothing alone; between two sentences about an act of
 * terror it is about one too. A short sentence without cues takes the topics both neighbours share.
 */
export function withContext(sentences: string[], own: TopicFacets[]): TopicFacets[] {
  return own.map((t, i) => {
    const before = own[i - 1];
    const after = own[i + 1];
    if (t.topic.length || !before || !after || sentences[i]!.split(/\s+/).length > SHORT_SENTENCE_WORDS) return t;
    const shared = (a: string[], b: string[]) => a.filter((x) => b.includes(x));
    return {
      topic: shared(before.topic, after.topic),
      topic_lvl0: shared(before.topic_lvl0, after.topic_lvl0),
      topic_lvl1: shared(before.topic_lvl1, after.topic_lvl1),
    };
  });
}
