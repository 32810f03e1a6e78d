import { readFileSync } from "node:fs";
import wordListPath from "word-list";
import type { SpeakerKind } from "../../meili/schema";
import { singularOf } from "./attribution/lexicon";
import { countryOfAbbreviation } from "./country";

/** A speaker facet value and what it names. */
export interface SpeakerValue {
  value: string;
  kind: SpeakerKind;
}

let english: ReadonlySet<string> | undefined;

/** English words in lower case (word-list: 275k words, read once, when first needed). */
export function englishWords(): ReadonlySet<string> {
  english ??= new Set(readFileSync(wordListPath, "utf8").split("\n"));
  return english;
}

/**
 * The last look at a speaker once the article and the corpus have resolved it: a single word
 * taken for a person that is an acronym is an organisation ("CBO", "AT&T"), and one that is the
 * plural of an English word for people is a group, written as in running text ("Lobbyists said"
 * → "lobbyists"). Other plurals stay: they may be surnames ("Sears said"). Names resolved to
 * a full name never get here as one word.
 *
 * finalSpeaker("Refiners", "person") → { value: "refiners", kind: "source" }
 * finalSpeaker("U.S.", "place") → { value: "United States", kind: "place" } (a country's abbreviation; names, cities and metonyms as written)
 */
export function finalSpeaker(value: string, kind: SpeakerKind): SpeakerValue {
  if (kind === "place") return { value: countryOfAbbreviation(value) ?? value, kind };
  if (kind !== "person" || value.includes(" ")) return { value, kind };
  if (/^[A-Z0-9&.-]{2,}$/.test(value) && /[A-Z]{2}|[A-Z][&0-9]/.test(value)) return { value, kind: "organisation" };
  const lower = value.toLowerCase();
  if (PEOPLE_PLURAL.test(lower) && isCommonPlural(lower)) return { value: lower, kind: "source" };
  return { value, kind };
}

/** Plurals of words for people who do something: refiners, lobbyists, gunmen, politicians, residents. */
const PEOPLE_PLURAL = /(?:ers|ors|ists|men|ians|ants|ents)$/;

/** "lobbyists", "gunmen", "refineries": a plural whose singular is an English word too. */
function isCommonPlural(word: string): boolean {
  const words = englishWords();
  if (!words.has(word)) return false;
  const singular = singularOf(word);
  return singular !== undefined && words.has(singular);
}
