import type { Meilisearch } from "meilisearch";
import { parseSearchState } from "../lib/url-state";
import { mixedQueries, WHOLE_WORDS } from "../scripts/load-queries";
import { engineSearch, searchSentences } from "../meili/searches";
import { percentiles, round, timed } from "./stats";

export interface Latencies {
  queries: number;
  route: { p50: number; p95: number };
  direct: { p50: number; p95: number };
  p50Ratio: number;
  p95Ratio: number;
}

/** Over the whole mix, and over its queries of whole words alone (what the targets name). */
export interface Overhead extends Latencies {
  wholeWords: Latencies;
}

/**
 * The fixed query mix (words, pairs, prefixes as typed, phrases, exclusions; 0, 1 or 3 filters
 * from the index's own top values), each grouped and with grouping off: ≥ 200 queries.
 */
export async function benchQueries(client: Meilisearch): Promise<string[]> {
  const top = await searchSentences(client, parseSearchState(new URLSearchParams("group=off")).state);
  return mixedQueries(top.facets).flatMap((qs) => [qs, `${qs}&group=off`]);
}

/**
 * Latency of `GET /api/search` (the app's route: parsing, the multi-search, the view model,
 * JSON) against the same requests sent to Meilisearch directly (`engineSearch`), query by query in turn,
 * after one warm-up pass. Milliseconds.
 */
export async function measureOverhead(client: Meilisearch, appUrl: string, queries: string[]): Promise<Overhead> {
  const route: number[] = [];
  const direct: number[] = [];
  const whole: boolean[] = [];
  for (const pass of [0, 1]) {
    for (const qs of queries) {
      const state = parseSearchState(new URLSearchParams(qs)).state;
      const r = await timed(async () => {
        const response = await fetch(`${appUrl}/api/search?${qs}`);
        if (!response.ok) throw new Error(`route ${qs}: ${response.status}`);
        await response.json();
      });
      const d = await timed(() => engineSearch(client, state));
      if (pass === 1) {
        route.push(r);
        direct.push(d);
        whole.push(WHOLE_WORDS.has(state.q));
      }
    }
  }
  const only = (times: number[]) => times.filter((_, i) => whole[i]);
  return { ...latencies(route, direct), wholeWords: latencies(only(route), only(direct)) };
}

function latencies(route: number[], direct: number[]): Latencies {
  const [rs, ds] = [percentiles(route), percentiles(direct)];
  return { queries: route.length, route: rs, direct: ds, p50Ratio: round(rs.p50 / ds.p50), p95Ratio: round(rs.p95 / ds.p95) };
}
