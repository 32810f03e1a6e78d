import type { Settings } from "meilisearch";
import { FACET_VALUES_SENT } from "./facet-views";
import { DATE_BUCKET_FIELDS, FACETS } from "./schema";

/**
 * Index settings, typed, in one place. The indexer applies them (only when they differ
 * from what the server has, so an unchanged run enqueues no task); the app only reads
 * facet names from `schema.ts`.
 */
/**
 * What a filter may name: the facets and the fields reads filter on. position: the sentences
 * around a hit; claimId: a repeated report's versions; speakerKind and people: the Speaker
 * group's "people only".
 */
export const FILTERABLE = [
  ...FACETS,
  "articleId",
  "position",
  "topic_lvl0",
  "topic_lvl1",
  "claimId",
  "speakerKind",
  "people",
  // Of dated input: the date range (dateTs) and the timeline's spans.
  ...DATE_BUCKET_FIELDS,
] as const;

/** What a claim filter may name: the facets, "people only", and what the indexer reads claims by. */
export const CLAIM_FILTERABLE = [
  ...FACETS,
  "topic_lvl0",
  "topic_lvl1",
  "speakerKind",
  "people",
  "articleId",
  "versions",
  ...DATE_BUCKET_FIELDS,
] as const;

const SYNONYMS = buildSynonyms([
  ["US", "USA", "United States", "U.S.", "America"],
  ["IS", "ISIS", "ISIL", "Islamic State", "Daesh"],
  ["UK", "Britain", "United Kingdom", "Great Britain"],
  ["UN", "United Nations"],
  ["EU", "European Union"],
]);

const FACETING = {
  // The values the panel is sent: counting thousands of article titles for every keystroke cost
  // a third of the counts' time; a selected value beyond them is counted on its own, and the
  // value search finds the rest (meili/query.ts, meili/searches.ts).
  maxValuesPerFacet: FACET_VALUES_SENT,
  sortFacetValuesBy: { "*": "count" },
} satisfies Settings["faceting"];

/**
 * Meilisearch's default rules with `sort` first: a sort the user chose (newest first, article
 * order) is the order, relevance only breaks its ties. Without a sort the rule does nothing.
 */
const RANKING_RULES = ["sort", "words", "typo", "proximity", "attribute", "exactness"];

export const SENTENCE_SETTINGS = {
  // Text first, then the speaker. Not the article's title: a title word would match every
  // sentence of its article with nothing to highlight; titles are reached through the
  // Article group and its value search (facet search needs the field filterable only).
  searchableAttributes: ["text", "speaker"],
  filterableAttributes: [...FILTERABLE],
  // "Article order": by title, then article (titles repeat), then position in it; and by date.
  sortableAttributes: ["article", "articleId", "position", "dateTs"],
  rankingRules: RANKING_RULES,
  displayedAttributes: ["*"],
  faceting: FACETING,
  pagination: { maxTotalHits: 10000 },
  synonyms: SYNONYMS,
} satisfies Settings;

/**
 * The claims index: what the grouped view searches, one document per claim. A claim is found
 * by its head's text, then by words only its other versions have, then by its speakers.
 */
export const CLAIM_SETTINGS = {
  searchableAttributes: ["text", "variantText", "speaker"],
  filterableAttributes: [...CLAIM_FILTERABLE],
  // Oldest first by the first report, newest first by the latest.
  sortableAttributes: ["headArticle", "articleId", "position", "first.dateTs", "lastTs"],
  rankingRules: RANKING_RULES,
  displayedAttributes: ["*"],
  faceting: FACETING,
  pagination: { maxTotalHits: 10000 },
  synonyms: SYNONYMS,
} satisfies Settings;

export const FACET_VALUE_FILTERABLE = ["facet"] as const;

/** The values of the searchable groups, found by any word of them. */
export const FACET_VALUE_SETTINGS = {
  searchableAttributes: ["value"],
  filterableAttributes: [...FACET_VALUE_FILTERABLE],
  sortableAttributes: [],
  displayedAttributes: ["*"],
} satisfies Settings;

export const ARTICLE_SETTINGS = {
  searchableAttributes: ["title"],
  filterableAttributes: [],
  sortableAttributes: [],
  displayedAttributes: ["*"],
} satisfies Settings;

/**
 * Turns groups of equivalent terms into Meilisearch's multi-way synonym map.
 * [["US", "USA"]] → { US: ["USA"], USA: ["US"] }
 */
export function buildSynonyms(groups: string[][]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of groups) {
    for (const term of group) out[term] = group.filter((t) => t !== term);
  }
  return out;
}

/** The keys of `wanted` whose value differs from `current` (order-insensitive for sets). */
export function settingsDiff(wanted: Settings, current: Settings): Settings {
  const diff: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    const have = (current as Record<string, unknown>)[key];
    if (!sameSetting(key, value, have)) diff[key] = value;
  }
  return diff as Settings;
}

// Order matters only for searchableAttributes (it is the ranking order).
const ORDERED = new Set(["searchableAttributes", "rankingRules"]);

function sameSetting(key: string, wanted: unknown, have: unknown): boolean {
  return canonical(wanted, ORDERED.has(key)) === canonical(have, ORDERED.has(key));
}

function canonical(value: unknown, ordered: boolean): string {
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v, ordered));
    return `[${(ordered ? items : items.sort()).join(",")}]`;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${k}:${canonical(v, ordered)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
