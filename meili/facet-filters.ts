import type { SearchState } from "../lib/url-state";
import { TOPIC_PATH_SEPARATOR } from "./schema";
import { DAY_SECONDS, rangeDayStarts } from "../lib/dates";
import type { DateRange } from "../lib/url-state";
import { allOf, anyOf, filterAtLeast, filterAtMost, filterIn, filterRange } from "./filters";
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
  source: ["source"],
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

/**
 * The date range as a clause on `dateTs`, from the first second of `from` to the last of `to`
 * (UTC days). A claim holds every version's moment: it is in the range when one of them is
 * (a range is one condition, met by one value; two comparisons could be met by two).
 *
 * dateClause({ from: "2017-11-01" }) → "dateTs >= 1509494400"
 */
export function dateClause(dates: DateRange): string | undefined {
  const { from, to } = rangeDayStarts(dates);
  const last = to === undefined ? undefined : to + DAY_SECONDS - 1;
  if (from !== undefined && last !== undefined) return filterRange("dateTs", from, last);
  if (from !== undefined) return filterAtLeast("dateTs", from);
  if (last !== undefined) return filterAtMost("dateTs", last);
  return undefined;
}

/** Every group's clause and the date range AND-ed, leaving out those in `except` (for disjunctive counts). */
export function filtersOf(
  state: SearchState,
  except: readonly (Facet | "dates")[] = [],
  extra: readonly string[] = [],
): string | undefined {
  const clauses = (Object.keys(state.filters) as Facet[])
    .filter((f) => !except.includes(f))
    .map((f) => facetClause(f, state.filters[f]))
    .filter((c): c is string => c !== undefined);
  const dates = except.includes("dates") ? undefined : dateClause(state.dates);
  return allOf([...clauses, ...(state.peopleOnly ? [PEOPLE_CLAUSE] : []), ...(dates ? [dates] : []), ...extra]);
}
