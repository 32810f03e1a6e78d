import { TOPIC_PATH_SEPARATOR, type SearchState } from "../lib/url-state";
import { allOf, anyOf, filterIn } from "./filters";
import type { Facet } from "./schema";

/**
 * Which Meilisearch attributes a facet group reads its counts from. The Topic group is a tree:
 * level 1 from `topic_lvl0`, level 2 from the `level 1 > level 2` paths in `topic_lvl1`.
 */
export const FACET_FIELDS = {
  speaker: ["speaker"],
  topic: ["topic_lvl0", "topic_lvl1"],
  country: ["country"],
  article: ["article"],
} as const satisfies Record<Facet, readonly string[]>;

export type FacetField = (typeof FACET_FIELDS)[Facet][number];

/**
 * The filter clause of one group: its values OR-ed. A topic value is a level-1 label (also
 * matched against level-2 labels, so links written with one still work) or a level-2 path.
 *
 * facetClause("topic", ["politics", "politics > elections"])
 *   → '(topic_lvl0 IN ["politics"]) OR (topic IN ["politics"]) OR (topic_lvl1 IN ["politics > elections"])'
 */
export function facetClause(facet: Facet, values: readonly string[]): string | undefined {
  if (!values.length) return undefined;
  if (facet !== "topic") return filterIn(facet, values);
  const paths = values.filter((v) => v.includes(TOPIC_PATH_SEPARATOR));
  const labels = values.filter((v) => !v.includes(TOPIC_PATH_SEPARATOR));
  return anyOf([
    ...(labels.length ? [filterIn("topic_lvl0", labels), filterIn("topic", labels)] : []),
    ...(paths.length ? [filterIn("topic_lvl1", paths)] : []),
  ]);
}

/** Every group's clause AND-ed, leaving out the groups in `except` (for disjunctive counts). */
export function filtersOf(state: SearchState, except: readonly Facet[] = [], extra: readonly string[] = []): string | undefined {
  const clauses = (Object.keys(state.filters) as Facet[])
    .filter((f) => !except.includes(f))
    .map((f) => facetClause(f, state.filters[f]))
    .filter((c): c is string => c !== undefined);
  return allOf([...clauses, ...extra]);
}
