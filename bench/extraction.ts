/**
 * Extraction throughput: segmentation + the three facet extractors, one core, over every
 * article of ../shared/corpus (reading is timed apart and excluded).
 *
 *   npx tsx bench/extraction.ts [CORPUS_DIR]
 */
import { extractFacets } from "../indexer/facets/extract";
import { compileTaxonomy, loadTaxonomy } from "../indexer/facets/topic";
import { discover } from "../indexer/read/discover";
import { readInputFile } from "../indexer/read/read-file";
import { segment } from "../indexer/segment";

const corpus = process.argv[2] ?? new URL("../../shared/corpus", import.meta.url).pathname;
const classify = compileTaxonomy(loadTaxonomy());
const { files } = discover([corpus]);
const bodies: string[] = [];
for (const file of files) for (const a of (await readInputFile(file)).articles) bodies.push(a.body);

// One warm-up pass so the figures are of optimised code.
for (const body of bodies.slice(0, 200)) extractFacets(segment(body), classify);
const started = performance.now();
let sentences = 0;
for (const body of bodies) {
  const s = segment(body);
  sentences += s.length;
  extractFacets(s, classify);
}
const seconds = (performance.now() - started) / 1000;
const result = { articles: bodies.length, sentences, seconds: +seconds.toFixed(2), sentencesPerSecond: Math.round(sentences / seconds) };
console.log(JSON.stringify(result));
