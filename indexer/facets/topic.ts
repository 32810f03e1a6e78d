import { readFileSync } from "node:fs";
import defaultTaxonomy from "./data/iptc-topics.json" with { type: "json" };
import { TOPIC_PATH_SEPARATOR } from "../../meili/schema";
import { compileCueCounter } from "./cue-counter";

/** One level-2 topic of the taxonomy with the cues that signal it. */
export interface TopicEntry {
  /** IPTC level 1 label, e.g. "conflict, war and peace". */
  lvl0: string;
  /** IPTC level 2 label, e.g. "armed conflict". */
  label: string;
  cues: string[];
}

export interface Taxonomy {
  topics: TopicEntry[];
}

export interface TopicFacets {
  topic: string[];
  topic_lvl0: string[];
  topic_lvl1: string[];
}

/** A compiled taxonomy: call it on a sentence to get its topics. */
export type TopicClassifier = (sentence: string) => TopicFacets;

const MAX_TOPICS = 3;

/**
 * Compiles a taxonomy into a classifier. A cue is a whole word or phrase; `*` at its end
 * matches any ending; a cue with a capital letter matches case-sensitively ("IS" is not "is").
 *
 * compileTaxonomy(t)("Rebels shelled the town") → { topic: ["armed conflict"], … }
 */
export function compileTaxonomy(taxonomy: Taxonomy): TopicClassifier {
  const count = compileCueCounter(taxonomy.topics.map((t) => t.cues));
  return (sentence) => {
    const scores = count(sentence);
    const scored = taxonomy.topics
      .map((t, i) => ({ t, score: scores[i]! }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_TOPICS)
      .map((x) => x.t);
    return {
      topic: unique(scored.map((t) => t.label)),
      topic_lvl0: unique(scored.map((t) => t.lvl0)),
      topic_lvl1: unique(scored.map((t) => `${t.lvl0}${TOPIC_PATH_SEPARATOR}${t.label}`)),
    };
  };
}

/** Reads and checks a taxonomy file, naming the file and the fault when it is not usable. */
export function loadTaxonomy(path?: string): Taxonomy {
  if (!path) return defaultTaxonomy as Taxonomy;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`--taxonomy ${path}: ${(error as Error).message}`);
  }
  const topics = (data as Taxonomy | null)?.topics;
  if (!Array.isArray(topics) || !topics.length) throw new Error(`--taxonomy ${path}: expected {"topics": [...]} with at least one topic`);
  topics.forEach((t, i) => {
    if (
      typeof t?.lvl0 !== "string" ||
      typeof t?.label !== "string" ||
      !Array.isArray(t?.cues) ||
      !t.cues.every((c) => typeof c === "string")
    ) {
      throw new Error(`--taxonomy ${path}: topic ${i} needs string "lvl0", string "label" and a "cues" array of strings`);
    }
  });
  return { topics };
}

const unique = <T>(xs: T[]) => [...new Set(xs)];
