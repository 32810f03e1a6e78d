import { readFileSync } from "node:fs";
import defaultTaxonomy from "./data/iptc-topics.json" with { type: "json" };
import { TOPIC_PATH_SEPARATOR } from "../../meili/schema";

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
  const compiled = taxonomy.topics.map((t) => ({ ...t, matchers: cueMatchers(t.cues) }));
  const candidates = candidateFinder(taxonomy.topics);
  return (sentence) => {
    const scored = candidates(sentence)
      .map((i) => compiled[i]!)
      .map((t) => ({ t, score: t.matchers.reduce((n, re) => n + (sentence.match(re)?.length ?? 0), 0) }))
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

/**
 * The topics (by index, in taxonomy order) that may match a sentence: those with a cue whose
 * first word begins one of the sentence's words. Running only their patterns is what keeps
 * topics cheap (bench/extraction.ts: a third of extraction's time went to the patterns).
 */
function candidateFinder(topics: TopicEntry[]): (sentence: string) => number[] {
  const byPrefix = new Map<string, Set<number>>();
  const always: number[] = [];
  topics.forEach((t, i) => {
    for (const cue of t.cues) {
      const prefix = /^[\p{L}\p{N}]*/u.exec(cue.toLowerCase())![0];
      if (!prefix) always.push(i);
      else byPrefix.set(prefix, (byPrefix.get(prefix) ?? new Set()).add(i));
    }
  });
  const lengths = [...new Set([...byPrefix.keys()].map((p) => p.length))].sort((a, b) => a - b);
  return (sentence) => {
    const found = new Set(always);
    for (const [word] of sentence.toLowerCase().matchAll(WORD)) {
      for (const k of lengths) {
        if (k > word.length) break;
        for (const i of byPrefix.get(word.slice(0, k)) ?? []) found.add(i);
      }
    }
    return [...found].sort((a, b) => a - b);
  };
}

const WORD = /[\p{L}\p{N}]+/gu;

function cueMatchers(cues: string[]): RegExp[] {
  const sensitive = cues.filter((c) => /[A-Z]/.test(c));
  const insensitive = cues.filter((c) => !/[A-Z]/.test(c));
  const source = (list: string[]) => `(?<![\\p{L}\\p{N}-])(?:${list.map(cuePattern).join("|")})(?![\\p{L}\\p{N}])`;
  return [
    ...(sensitive.length ? [new RegExp(source(sensitive), "gu")] : []),
    ...(insensitive.length ? [new RegExp(source(insensitive), "giu")] : []),
  ];
}

function cuePattern(cue: string): string {
  const wildcard = cue.endsWith("*");
  const escaped = (wildcard ? cue.slice(0, -1) : cue).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
  return wildcard ? `${escaped}[\\p{L}-]*` : escaped;
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
