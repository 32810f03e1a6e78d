import { serializeSearchState, toggleFilter, withPeopleOnly, withoutQuery, type SearchState } from "../lib/url-state";
import { filtersOf } from "./facet-filters";
import type { MultiSearchQuery } from "meilisearch";
import type { Relaxation } from "./query";
import { COUNT_ONLY, searchBase } from "./query";
import { FACETS, FACET_LABELS, PEOPLE_ONLY_LABEL } from "./schema";

export interface Candidate {
  label: string;
  state: SearchState;
}

/**
 * The one-step relaxations of a search that found nothing: drop one filter value, or clear
 * the text. state { q: "x", speaker: ["A"] } → [Remove Speaker: A, Clear the search text "x"]
 */
export function relaxationCandidates(state: SearchState): Candidate[] {
  const drops = FACETS.flatMap((f) =>
    state.filters[f].map((value) => ({ label: `Remove ${FACET_LABELS[f]}: ${value}`, state: toggleFilter(state, f, value) })),
  );
  const people = state.peopleOnly ? [{ label: `Remove ${PEOPLE_ONLY_LABEL}`, state: withPeopleOnly(state, false) }] : [];
  return [...drops, ...people, ...(state.q ? [{ label: `Clear the search text “${state.q}”`, state: withoutQuery(state) }] : [])];
}

/** One count-only query per candidate, counted as the page would count it. */
export function relaxationRequests(candidates: Candidate[]): MultiSearchQuery[] {
  return candidates.map(({ state }) => ({ ...searchBase(state), filter: filtersOf(state), ...COUNT_ONLY }));
}

/** Candidates and their counts → the relaxations worth offering (those that find something). */
export function toRelaxations(candidates: Candidate[], counts: number[]): Relaxation[] {
  return candidates
    .map((c, i) => ({ label: c.label, query: serializeSearchState(c.state), count: counts[i] ?? 0 }))
    .filter((r) => r.count > 0);
}
