import { extractFacets } from "../indexer/facets/extract";
import { compileTaxonomy, loadTaxonomy } from "../indexer/facets/topic";
import { segmentParagraphs } from "../indexer/segment";
import { baseArticles } from "./corpus";
import { round } from "./stats";

/**
 * Extraction throughput: segmentation into paragraphs and sentences + the facet extractors, as the indexer runs them, on one core (this process),
 * over every article of ../shared/corpus (reading is done before and not timed).
 */
export async function measureExtraction(): Promise<{ sentences: number; seconds: number; sentencesPerSecond: number }> {
  const classify = compileTaxonomy(loadTaxonomy());
  const bodies = (await baseArticles()).map((a) => a.body);
  // One warm-up pass so the figures are of optimised code.
  const extract = (body: string) => {
    const { sentences, paragraphStarts } = segmentParagraphs(body);
    extractFacets(sentences, classify, paragraphStarts);
    return sentences.length;
  };
  for (const body of bodies.slice(0, 200)) extract(body);
  const started = performance.now();
  let sentences = 0;
  for (const body of bodies) sentences += extract(body);
  const seconds = (performance.now() - started) / 1000;
  return { sentences, seconds: round(seconds), sentencesPerSecond: Math.round(sentences / seconds) };
}
