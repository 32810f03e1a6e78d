/**
 * `npm run bench`: Parley's speed and memory at 10k, 100k and 1M sentences, each figure a ratio
 * against a baseline measured in the same run (and the absolute value), with its target.
 *
 *   npx tsx bench/run.ts [--sizes 10k,100k,1M] [--quick]      (--quick: 10k only)
 *
 * Writes bench/results/latest.json and bench/results/latest.md (the table the README quotes).
 */
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runIndexer } from "../indexer/run";
import { jsonlSink } from "../indexer/sinks/jsonl-sink";
import { adminClient, searchOnlyKey } from "../meili/engine/connect";
import { CLAIMS_INDEX, SENTENCES_INDEX } from "../meili/schema";
import { startEmbeddedMeili } from "../meili/engine/server";
import { startApp } from "./app";
import { measureSearchPageJs } from "./bundle";
import { buildBenchCorpus, type BenchCorpus } from "./corpus";
import { measureDated } from "./dated";
import { measureExtraction } from "./extraction";
import { compareExtraction, EXTRACTION_BASELINE } from "./extraction-against";
import { type FloorInput, ingestFloor } from "./floor";
import { measureGrouping } from "./grouping";
import { runIndexerCli } from "./indexer-run";
import { measureIncremental } from "./incremental";
import { measureLoad } from "./load";
import { type BenchReport, renderTable } from "./report";
import { benchQueries, measureOverhead } from "./search-overhead";
import { round } from "./stats";
import { measureTyping } from "./typing";

const { values } = parseArgs({
  options: { sizes: { type: "string", default: "10k,100k,1M" }, quick: { type: "boolean", default: false } },
});
const sizes = (values.quick ? "10k" : values.sizes!).split(",").map(parseSize);
const work = join(".data", "bench");
mkdirSync(work, { recursive: true });

/** Rounds of the extraction comparison: about a minute each on this machine. */
const EXTRACTION_ROUNDS = 3;
const log = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

log("extraction throughput on one core …");
const extraction: BenchReport["extraction"] = await measureExtraction();
log(`  ${extraction.sentencesPerSecond} sentences/s`);
log(`extraction against ${EXTRACTION_BASELINE.commit}, the code its target was set on, passes alternated …`);
try {
  extraction.against = compareExtraction(EXTRACTION_BASELINE.commit, EXTRACTION_ROUNDS, (line) => log(`  ${line}`));
} catch (error) {
  // (A shallow clone may not hold that commit: the rest of the bench still runs.)
  log(`  not compared: ${(error as Error).message}`);
}

const results = [];
for (const size of sizes) results.push(await benchSize(size));
log(`— dates, at ${sizes[sizes.length - 1]!.toLocaleString("en-US")} sentences —`);
const dated = await measureDated(sizes[sizes.length - 1]!, work, log);

const report = {
  date: new Date().toISOString().slice(0, 10),
  machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  extraction,
  sizes: results,
  dated,
};
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/latest.json", `${JSON.stringify(report, null, 2)}\n`);
const table = renderTable(report);
writeFileSync("bench/results/latest.md", table);
console.log(table);

async function benchSize(target: number) {
  log(`— ${target.toLocaleString("en-US")} sentences —`);
  const corpus = await buildBenchCorpus(target, work);
  log(`  corpus: ${corpus.articles} articles, ${corpus.sentences} sentences (the real corpus ×${corpus.replication})`);
  const documents = await writeDocuments(corpus);
  const dataDir = mkdtempSync(join(tmpdir(), "parley-bench-"));
  const meili = await startEmbeddedMeili({ dataDir });
  const client = adminClient(meili.host, meili.masterKey);
  try {
    log("  floor: Meilisearch ingesting the same documents as NDJSON …");
    const floor = await ingestFloor(client, meili.host, meili.masterKey, documents);
    log(`    ${round(floor.seconds, 1)} s`);
    for (const uid of [SENTENCES_INDEX, CLAIMS_INDEX]) await client.deleteIndex(uid).waitTask({ timeout: 600_000 });
    log("  npm run index …");
    const indexerData = join(dataDir, "indexer");
    const indexer = await runIndexerCli([corpus.dir], meili.host, meili.masterKey, indexerData, work);
    log(`    ${round(indexer.seconds, 1)} s, peak RSS ${Math.round(indexer.peakRssBytes / 1e6)} MB`);
    const app = await startApp(meili.host, await searchOnlyKey(client));
    try {
      log("  search overhead …");
      const overhead = await measureOverhead(client, app.url, await benchQueries(client));
      log(`    route p50 ${overhead.route.p50} ms, p95 ${overhead.route.p95} ms; ratio p50 ${overhead.p50Ratio}`);
      log("  grouping: the claims index against distinct …");
      const grouping = await measureGrouping(client);
      log(
        `    engine p50 ${grouping.claimsIndex.p50} ms against ${grouping.distinct.p50} ms (p95 ${grouping.claimsIndex.p95} against ${grouping.distinct.p95})`,
      );
      log("  typing in the browser …");
      const typing = await measureTyping(app.url);
      const pageJs = await measureSearchPageJs(app.url);
      log(`    search page JS: ${Math.round(pageJs.gzippedBytes / 1024)} kB gzipped`);
      log(`    hits p95 ${typing.p95} ms, counts p95 ${typing.counts.p95} ms, stale paints ${typing.stalePaints}`);
      log("  incremental update of one article …");
      const incremental = await measureIncremental(corpus, client, (paths) =>
        runIndexerCli(paths, meili.host, meili.masterKey, indexerData, work),
      );
      log(`    ${round(incremental.seconds, 1)} s, ${incremental.sentSentences} sentences sent`);
      log("  load: 50 clients …");
      const load = await measureLoad(app.url);
      log(`    ${load.requestsPerSecond} requests/s, p50 ${load.p50} ms, p99 ${load.p99} ms, ${load.errors} errors`);
      const ingestRate = floor.documents / floor.seconds;
      return {
        sentences: corpus.sentences,
        corpus: { articles: corpus.articles, replication: corpus.replication },
        floor: { seconds: round(floor.seconds), documentsPerSecond: Math.round(ingestRate) },
        indexing: { seconds: round(indexer.seconds), ratio: round(indexer.seconds / floor.seconds) },
        extraction: { ratio: round(extraction.sentencesPerSecond / ingestRate) },
        overhead,
        grouping,
        typing,
        pageJs,
        memory: { peakRssMB: Math.round(indexer.peakRssBytes / 1e6) },
        incremental,
        load,
      };
    } finally {
      app.stop();
    }
  } finally {
    await meili.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The documents the indexer makes of a corpus (a dry run, not timed), as NDJSON for the floor. */
async function writeDocuments(corpus: BenchCorpus): Promise<FloorInput> {
  const input = { sentences: join(work, `sentences-${corpus.sentences}.ndjson`), claims: join(work, `claims-${corpus.sentences}.ndjson`) };
  log("  documents for the floor (dry run) …");
  await runIndexer({
    paths: [corpus.dir],
    sink: jsonlSink(createWriteStream(input.sentences), { claims: createWriteStream(input.claims) }),
  });
  return input;
}

function parseSize(text: string): number {
  const match = /^(\d+)(k|M)?$/.exec(text.trim());
  if (!match) throw new Error(`--sizes: "${text}" is not a size like 10k, 100k or 1M`);
  return Number(match[1]) * (match[2] === "M" ? 1_000_000 : match[2] === "k" ? 1000 : 1);
}
