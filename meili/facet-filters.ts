import type { SearchState } from "../lib/url-state";
import { TOPIC_PATH_SEPARATOR } from "./schema";
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

/** Under "people only", the Speaker group counts the speakers that are people. */
const PEOPLE_FIELDS = ["people"] as const;

export type FacetField = (typeof FACET_FIELDS)[Facet][number] | (typeof PEOPLE_FIELDS)[number];

/** The attributes a group counts for this search: fieldsOf("speaker", { peopleOnly: true }) → ["people"]. */
export function fieldsOf(facet: Facet, state: Pick<SearchState, "peopleOnly">): readonly FacetField[] {
  return facet === "speaker" && state.peopleOnly ? PEOPLE_FIELDS : FACET_FIELDS[facet];
}

/** "People only" restricts every query of the search, the Speaker group's own counts included. */
const PEOPLE_CLAUSE = filterIn("speakerKind", ["person"]);

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
  return allOf([...clauses, ...(state.peopleOnly ? [PEOPLE_CLAUSE] : []), ...extra]);
}
