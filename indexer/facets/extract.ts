import { countriesIn } from "./country";
import { attributeArticle, type Attribution } from "./speaker";
import type { TopicClassifier, TopicFacets } from "./topic";

export type SentenceFacets = Attribution & TopicFacets & { country: string[] };

/** All facets of every sentence of one article (speakers need the whole article for references). */
export function extractFacets(sentences: string[], classifyTopics: TopicClassifier): SentenceFacets[] {
  const attributions = attributeArticle(sentences);
  return sentences.map((sentence, i) => ({
    ...attributions[i]!,
    country: countriesIn(sentence),
    ...classifyTopics(sentence),
  }));
}
