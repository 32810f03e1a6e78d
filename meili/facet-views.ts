import { TOPIC_PATH_SEPARATOR } from "./schema";

/** Facet values sent to the browser per group (the panel shows 10, then "Show more"). */
export const FACET_VALUES_SENT = 100;

export interface FacetValueView {
  /** What goes into the URL and the filter. */
  value: string;
  /** What the panel shows, when it differs from the value (a topic path shows its last label). */
  label?: string;
  count: number;
  selected: boolean;
  /** The level-2 topics under a level-1 topic. */
  children?: FacetValueView[];
}

/** Counts sorted by count (then name), capped, with every selected value kept even at 0. */
export function facetValues(distribution: Record<string, number>, selected: readonly string[]): FacetValueView[] {
  const values = Object.entries(distribution)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, FACET_VALUES_SENT)
    .map(([value, count]) => ({ value, count, selected: selected.includes(value) }));
  for (const value of selected) {
    if (!values.some((v) => v.value === value)) values.push({ value, count: distribution[value] ?? 0, selected: true });
  }
  return values;
}

/**
 * Level-1 counts and `level 1 > level 2` path counts → a two-level tree, each level sorted by
 * count. { politics: 3 }, { "politics > elections": 2 } → [politics (3) [elections (2)]]
 */
export function topicTree(level1: Record<string, number>, paths: Record<string, number>, selected: readonly string[]): FacetValueView[] {
  const selectedParents = selected.map((v) => v.split(TOPIC_PATH_SEPARATOR)[0]!);
  const parents = facetValues(level1, [...new Set(selectedParents)]);
  return parents.map((parent) => {
    const prefix = parent.value + TOPIC_PATH_SEPARATOR;
    const own = Object.fromEntries(Object.entries(paths).filter(([p]) => p.startsWith(prefix)));
    const children = facetValues(
      own,
      selected.filter((v) => v.startsWith(prefix)),
    ).map((c) => ({ ...c, label: c.value.slice(prefix.length) }));
    return { ...parent, selected: selected.includes(parent.value), children };
  });
}
