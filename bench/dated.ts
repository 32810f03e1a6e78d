import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Meilisearch } from "meilisearch";
import { spanDays } from "../lib/date-buckets";
import { adminClient, searchOnlyKey } from "../meili/engine/connect";
import { startEmbeddedMeili } from "../meili/engine/server";
import { parseSearchState } from "../lib/url-state";
import { buildSearchRequests } from "../meili/query";
import { engineSearch, searchSentences } from "../meili/searches";
import { WHOLE_WORDS } from "../scripts/load-queries";
import { startApp } from "./app";
import { buildBenchCorpus } from "./corpus";
import { runIndexerCli } from "./indexer-run";
import { benchQueries, type Latencies, measureOverhead } from "./search-overhead";
import { percentiles, timed } from "./stats";

export interface Dated {
  sentences: number;
  /** The timeline's spans over the whole index, and a month's range of it. */
  months: number;
  range: { from: string; to: string };
  /** The whole-word queries of the mix, grouped and not: without dates, and with the month's range. */
  plain: Latencies;
  ranged: Latencies;
  /**
   * The same queries' engine time (ms), the timeline's day and week counted with every search
   * (`upFront`) or, as the app does over a corpus of more than a year, months and years first and
   * the days and weeks afterwards for the results within a year (`afterwards`); rounds alternated.
   */
  spans: { upFront: { p50: number; p95: number }; afterwards: { p50: number; p95: number } };
}

/**
 * Dates at this size: the dated Reuters stories repeated to it (each copy a year earlier, so the
 * index spans years), indexed, and the mix's whole-word queries — which on dated input also
 * count the timeline — timed through the route against Meilisearch alone, without a date range
 * and with a month's.
 */
export async function measureDated(target: number, work: string, log: (line: string) => void): Promise<Dated> {
  const corpus = await buildBenchCorpus(target, work, "dated");
  const dataDir = mkdtempSync(join(tmpdir(), "parley-bench-dated-"));
  const meili = await startEmbeddedMeili({ dataDir });
  const client = adminClient(meili.host, meili.masterKey);
  try {
    log(`  dated: ${corpus.sentences} sentences (the dated stories ×${corpus.replication}), npm run index …`);
    await runIndexerCli([corpus.dir], meili.host, meili.masterKey, join(dataDir, "indexer"), work);
    const app = await startApp(meili.host, await searchOnlyKey(client));
    try {
      const queries = (await benchQueries(client)).filter((qs) => WHOLE_WORDS.has(parseSearchState(new URLSearchParams(qs)).state.q));
      const { months } = (await (await fetch(`${app.url}/api/search?group=off`)).json()) as { months: { month: string }[] };
      const month = months[Math.floor(months.length / 2)]!.month;
      const range = spanDays(month, "month");
      const plain = await measureOverhead(client, app.url, queries);
      const ranged = await measureOverhead(
        client,
        app.url,
        queries.map((qs) => `${qs}&from=${range.from}&to=${range.to}`),
      );
      const spans = await measureSpanCounting(client, queries);
      log(`    whole words: route p95 ${plain.route.p95} ms; with ${month}: ${ranged.route.p95} ms`);
      return { sentences: corpus.sentences, months: months.length, range, plain, ranged, spans };
    } finally {
      app.stop();
    }
  } finally {
    await meili.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The timeline's day and week counted with each search, or afterwards when needed: engine time, the two alternated query by query. */
async function measureSpanCounting(client: Meilisearch, queries: string[]): Promise<Dated["spans"]> {
  const upFront: number[] = [];
  const afterwards: number[] = [];
  // The app's way needs the corpus's time covered: one search tells it, as the app's first does.
  await searchSentences(client, parseSearchState(new URLSearchParams("")).state);
  for (const pass of [0, 1]) {
    for (const qs of queries) {
      const state = parseSearchState(new URLSearchParams(qs)).state;
      const [a, b] = [
        await timed(() => client.multiSearch({ queries: buildSearchRequests(state) })),
        await timed(() => engineSearch(client, state)),
      ];
      if (pass) upFront.push(a), afterwards.push(b);
    }
  }
  return { upFront: percentiles(upFront), afterwards: percentiles(afterwards) };
}
