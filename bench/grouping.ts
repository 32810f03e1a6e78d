import type { Meilisearch, MultiSearchQuery } from "meilisearch";
import { DEFAULT_STATE, emptyFilters } from "../lib/url-state";
import { buildSearchRequests } from "../meili/query";
import { SENTENCES_INDEX } from "../meili/schema";
import { percentiles, round } from "./stats";

export interface Grouping {
  queries: number;
  /** Meilisearch's processingTimeMs for the grouped page query (hits, exact total, every facet). */
  claimsIndex: { p50: number; p95: number };
  /** The same query over the sentences with `distinct: claimId`: grouping at query time, the baseline. */
  distinct: { p50: number; p95: number };
  p50Ratio: number;
  /** Queries whose totals differ between the two (a claim found only through the union of its versions' words or values). */
  totalsDiffering: number;
}

/** Words as typed, each with every prefix, and the empty query: where grouping costs most. */
const TYPED = ["said", "minister", "trade", "police"];

/**
 * Grouping at index time against grouping at query time, on the engine's own clock: the page's
 * main query for each typed prefix, as the app sends it (the claims index), and the same query
 * over the sentences with `distinct: claimId`, in turn, after one warm-up pass.
 */
export async function measureGrouping(client: Meilisearch): Promise<Grouping> {
  const texts = ["", ...new Set(TYPED.flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1))))];
  const claims: number[] = [];
  const distinct: number[] = [];
  let totalsDiffering = 0;
  for (const pass of [0, 1]) {
    for (const q of texts) {
      const [main] = buildSearchRequests({ ...DEFAULT_STATE, q, filters: emptyFilters() });
      const baseline: MultiSearchQuery = { ...main!, indexUid: SENTENCES_INDEX, distinct: "claimId" };
      // One after the other: the two would share the cores.
      const byClaims = await one(client, main!);
      const byDistinct = await one(client, baseline);
      if (pass === 0) continue;
      claims.push(byClaims.processingTimeMs);
      distinct.push(byDistinct.processingTimeMs);
      if (byClaims.totalHits !== byDistinct.totalHits) totalsDiffering++;
    }
  }
  const [c, d] = [percentiles(claims), percentiles(distinct)];
  return { queries: texts.length, claimsIndex: c, distinct: d, p50Ratio: round(c.p50 / Math.max(d.p50, 0.5)), totalsDiffering };
}

async function one(client: Meilisearch, query: MultiSearchQuery) {
  const { results } = await client.multiSearch({ queries: [query] });
  return results[0] as { processingTimeMs: number; totalHits?: number };
}
