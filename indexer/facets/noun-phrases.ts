import { firstNameGender } from "./attribution/gender";
import { BODIES, COLLECTIVE, isHonorificWord, isTitleOfAddress, ORGANISATION_HEADS, PEOPLE_HEADS, singularOf } from "./attribution/lexicon";
import { COUNTRY_NAMES, DEMONYMS, demonymOf, isCityName, isPlaceName } from "./country";
import lists from "./data/noun-phrases.json" with { type: "json" };

/**
 * Noun-phrase helpers for attribution: the phrase that ends where a speech verb begins
 * ("… Deputy Foreign Minister Sergey Ryabkov" said), the one that starts after it (said
 * "the official"), and what kind of speaker a phrase names.
 */
export type Speaker = { kind: "person" | "institution" | "source" | "pronoun"; name: string };

// Capitalised words that describe a person's office, not their name.
const TITLES: ReadonlySet<string> = new Set(lists.titles);
// Heads that make a phrase an institution or a (possibly unnamed) source.
const INSTITUTION_HEADS: ReadonlySet<string> = new Set([...lists.institutionHeads, ...lists.newsOrganisations]);
const SOURCE_HEADS: ReadonlySet<string> = new Set(lists.sourceHeads);
const GENERIC_ADJECTIVES: ReadonlySet<string> = new Set(lists.genericAdjectives);
// Capitalised only because they open a sentence or clause: never part of a name.
const FUNCTION_WORDS: ReadonlySet<string> = new Set(lists.functionWords);
const DETERMINERS = /^(?:the|a|an|its|his|her|their|our|one|two|three|several|some|many)$/i;
/** Lower-case words inside a person's name: "de", "van", "bin", "den". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(lists.nameParticles);
const ABBREVIATED_COUNTRY = /^(?:U\.?S\.?|UK|U\.K\.|EU|UN)$/;
const isDemonymOrCountry = (w: string) => ABBREVIATED_COUNTRY.test(w) || DEMONYMS.has(w);
const COUNTRY_SET = new Set(COUNTRY_NAMES);

const isCap = (w: string) => /^[A-Z][\p{L}.'’-]*$/u.test(w) || /^[A-Z]{2,}$/.test(w);
const bare = (w: string) => w.replace(/^[“"‘'(]+|[”"’'),:;]+$/g, "").replace(/['’]s$/, "");

/** The speaker named by the words that end `prefix`, if they form one. */
export function phraseBefore(prefix: string): Speaker | undefined {
  const words = prefix.trim().split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  if (!last) return undefined;
  if (/^[“"‘(]*(he|she|it)$/i.test(last)) return { kind: "pronoun", name: last.replace(/^[“"‘(]+/, "").toLowerCase() };
  if (/[,;:”"]$/.test(last) && !/['’]s$/.test(last)) return undefined;
  // Capitalised run: "Russian Deputy Foreign Minister Sergey Ryabkov", "the Kremlin".
  let i = words.length;
  while (
    i > 0 &&
    (isCap(bare(words[i - 1]!)) || (NAME_PARTICLES.has(words[i - 1]!) && i < words.length && i > 1 && isCap(bare(words[i - 2]!))))
  ) {
    i--;
    // A possessor is never the speaker: "Labour's Mr Livingstone" → "Mr Livingstone".
    if (/[,;:”"]$/.test(words[i - 1] ?? "") || /['’]s$/.test(words[i - 1] ?? "")) break;
  }
  if (i < words.length && !/['’]s$/.test(last)) return classifyRun(words.slice(i).map(bare));
  // Common-noun source: "a senior State Department official", "the Turkish foreign minister".
  const head = bare(last).toLowerCase();
  if (!SOURCE_HEADS.has(head)) return undefined;
  let j = words.length - 1;
  while (j > 0 && !DETERMINERS.test(words[j - 1]!) && !/[,;:”"]$/.test(words[j - 1]!) && j > words.length - 6) {
    const w = bare(words[j - 1]!);
    if (!(isCap(w) || /^[a-z-]+$/.test(w)) || /^(?:and|or|that|which|who|said|says|told)$/.test(w)) break;
    j--;
  }
  const phrase = words
    .slice(j)
    .map(possessiveToDemonym)
    .map(bare)
    .filter((w) => !GENERIC_ADJECTIVES.has(w.toLowerCase()));
  // "the Russian foreign ministry" is the Russian Foreign Ministry: one value however it is written.
  if (phrase.length === 1) return { kind: "source", name: head }; // "Police said" = "police said"
  const name = INSTITUTION_HEADS.has(head) ? phrase.map(titleCase).join(" ") : phrase.join(" ");
  return { kind: INSTITUTION_HEADS.has(head) ? "institution" : "source", name };
}

/** "Russia’s" → "Russian", "Germany's" → "German": a country's possessive as its adjective. */
function possessiveToDemonym(word: string): string {
  const m = /^(.+)['’]s$/.exec(word);
  return (m && COUNTRY_SET.has(m[1]!) && demonymOf(m[1]!)) || word;
}

const titleCase = (w: string) => (/^(?:of|and|the|for)$/.test(w) ? w : w[0]!.toUpperCase() + w.slice(1));

/** The speaker named at the start of `suffix` (after an inverted verb: said "Sergey Lavrov"). */
export function phraseAfter(suffix: string): Speaker | undefined {
  const words = suffix
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.,;:!?”"]+$/, ""));
  let start = 0;
  if (DETERMINERS.test(words[0] ?? "")) start = 1;
  let end = start;
  while (
    end < words.length &&
    end - start < 7 &&
    (isCap(words[end]!) || (start === 1 && /^[a-z-]+$/.test(words[end]!) && !SOURCE_HEADS.has(words[end - 1]?.toLowerCase() ?? "")))
  ) {
    end++;
    if (SOURCE_HEADS.has(words[end - 1]!.toLowerCase())) break;
  }
  if (end === start) return undefined;
  const run = words.slice(start, end);
  return run.every((w) => isCap(w)) ? classifyRun(run) : phraseBefore(run.join(" "));
}

/** Person, institution or place, from a capitalised run; titles are stripped from people. */
export function classifyRun(run: string[]): Speaker | undefined {
  // An honorific starts the name: "Under Mr Brown", "Harrogate Mr Kennedy".
  const honorific = run.findLastIndex(isHonorific);
  // (Only with a name after it: "First Lady" is an office.)
  if (honorific > 0 && honorific < run.length - 1) return classifyRun(run.slice(honorific));
  const of = run.lastIndexOf("of");
  // "Senator Charles Schumer of New York": the place says where the person is from.
  // ("Bank of America", "University of California": an institution of a place keeps it.)
  if (of > 0 && isPlaceName(run.slice(of + 1).join(" ")) && !isOrganisationHead(run[of - 1]!.toLowerCase()))
    return classifyRun(run.slice(0, of));
  // "States’": a plural's possessive mark is no part of the name.
  const words = run.filter((w) => !CALENDAR.test(w)).map((w) => w.replace(/(?<=s)['’]$/, ""));
  // ("Treasury Department on Thursday": a joiner left at the end once the day is gone.)
  while (words.length > 1 && ORG_JOINERS.has(words.at(-1)!)) words.pop();
  // ("Daily Beast and The Wall Street Journal": "and The" starts another name.)
  const another = words.findIndex((w, i) => w === "and" && words[i + 1] === "The");
  if (another > 0) return classifyRun(words.slice(0, another));
  let start = 0;
  while (start < words.length && FUNCTION_WORDS.has(words[start]!.toLowerCase())) start++;
  const rest = words.slice(start);
  if (!rest.length || isShouting(rest)) return undefined;
  // "Analysts said", "Police said": a plural or generic source, written as elsewhere in lower case.
  if (rest.length === 1 && SOURCE_HEADS.has(rest[0]!.toLowerCase())) return { kind: "source", name: rest[0]!.toLowerCase() };
  const head = rest[rest.length - 1]!.toLowerCase();
  // "Republican Party of Virginia Chairman John Whitbeck": an office and a name after the organisation.
  const lastOrganisation = rest.findLastIndex((w) => isOrganisationHead(w.toLowerCase()));
  if (lastOrganisation >= 0 && lastOrganisation < rest.length - 2) {
    const title = rest.findIndex((w, i) => i > lastOrganisation && TITLES.has(w.toLowerCase()));
    const person = title >= 0 && title < rest.length - 1 ? classifyRun(rest.slice(title)) : undefined;
    if (person?.kind === "person") return person;
  }
  // "Orin Middleton of Barclays Capital": a person's name, then where they work.
  const at = rest.indexOf("of");
  if (at > 1 && isGivenName(rest[0]!)) {
    const person = classifyRun(rest.slice(0, at));
    if (person?.kind === "person") return person;
  }
  // "Reporters Without Borders": a capitalised preposition inside makes a name no person's.
  if (rest.length > 2 && rest.slice(1, -1).some((w) => NAME_PREPOSITIONS.has(w))) return { kind: "institution", name: rest.join(" ") };
  if (isOrganisationHead(head) || rest.some((w) => ORG_JOINERS.has(w))) {
    const [whole] = splitAtJoiners(rest);
    if (isOrganisationHead(head) || whole?.organisation) return { kind: "institution", name: rest.join(" ") };
  }
  // "Lawyers for Manafort", "Investigative Journalists": a plural of people, not someone's name.
  // (But "ACU Strategic Partners", "TV Sports Markets": an abbreviation inside makes it a firm's.)
  if (!isGivenName(rest[0]!) && isPeoplePlural(head)) {
    if (rest.length > 2 && rest.slice(0, -1).some((w) => /^[A-Z]{2,}$/.test(w))) return { kind: "institution", name: rest.join(" ") };
    return { kind: "source", name: rest.join(" ").toLowerCase() };
  }
  // "Russian President", "Legislatures President": an office with no name is a role.
  // (But "Peter King", "Larry King", "Mr. King": a given name or an honorific before it makes it a surname.)
  const before = rest.length > 1 ? rest[rest.length - 2]! : undefined;
  if (TITLES.has(head) && !(before && (isTitleOfAddress(before) || (isGivenName(before) && !TITLES.has(before.toLowerCase())))))
    return rest.length > 1 ? { kind: "source", name: rest.join(" ") } : undefined;
  // "United States", "Moscow": a country or capital acting as a speaker.
  if (countryAt(rest, 0) === rest.length || (rest.length === 1 && isCityName(rest[0]!)))
    return { kind: "institution", name: rest.join(" ") };
  // "Belgian": a demonym alone names nobody.
  if (rest.length === 1 && DEMONYMS.has(rest[0]!)) return undefined;
  // "Grassley of Iowa": a person, then where they are from.
  const from = rest.indexOf("of");
  if (from > 0) {
    const before = classifyRun(rest.slice(0, from));
    if (before?.kind === "person") return before;
  }
  // ("Allianz Global Corporate & Specialty": no person's name has an ampersand; what the firm is may come first.)
  if (rest.includes("&")) {
    let from = 0;
    while (from < rest.length - 2 && isOrganisationHead(rest[from]!.toLowerCase())) from++;
    return { kind: "institution", name: rest.slice(from).join(" ") };
  }
  const name = stripTitles(rest);
  // "Archbishop of Canterbury", "Mayor of Calais": an office and its seat, not a person's name.
  if (name.length === 1 && rest.length > 2 && rest[rest.length - 2] === "of") return { kind: "source", name: rest.join(" ") };
  return { kind: "person", name: name.join(" ") };
}

/**
 * Drops office, party and country words before a name, and anything beyond three words of
 * name: "Senate Majority Leader Mitch McConnell" → "Mitch McConnell",
 * "District Court Judge Amy Berman Jackson" → "Amy Berman Jackson".
 */
function stripTitles(words: string[]): string[] {
  // "Noël Le Graët", "Ursula von der Leyen": a particle opens the surname, which counts as one word.
  const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && isSurnameParticle(w));
  const length = particle > 0 ? particle + 1 : words.length;
  let k = 0;
  while (k < words.length - 1) {
    const country = countryAt(words, k);
    // ("India Allen", "Jordan Spieth": a given name that is also a country's, before a surname.)
    const givenName = country === 1 && k + 2 === words.length && firstNameGender(words[k]!) !== undefined;
    if (country && k + country < words.length && !givenName) k += country;
    else if (
      TITLES.has(words[k]!.toLowerCase()) ||
      isDemonymOrCountry(words[k]!) ||
      words[k] === "of" ||
      /['’]s$/.test(words[k]!) ||
      length - k > 3
    )
      k++;
    // "Nations Nikki Haley": of three words, the first is no given name but the second is.
    else if (length - k === 3 && !isGivenName(words[k]!) && isGivenName(words[k + 1]!) && !isSurnameParticle(words[k + 1]!)) k++;
    else break;
  }
  return words.slice(k);
}

/** "de", "Le", "van", "al-": a word that opens a surname ("of" joins titles, not names). */
export const isSurnameParticle = (word: string) => word !== "of" && NAME_PARTICLES.has(word.toLowerCase());

/** "Committee", "Institute", "Airlines": a word that ends an organisation's name. */
const isOrganisationHead = (word: string) =>
  INSTITUTION_HEADS.has(word) || ORGANISATION_HEADS.has(word) || ORGANISATION_HEADS.has(singularOf(word) ?? "");

/** "Lawyers", "Journalists", "Prosecutors": the plural of a word for people who speak. */
function isPeoplePlural(word: string): boolean {
  if (COLLECTIVE.has(word)) return true;
  const singular = singularOf(word);
  return singular !== undefined && PEOPLE_HEADS.has(singular) && !ORGANISATION_HEADS.has(singular);
}

/** Prepositions written capitalised inside an organisation's name. */
export const NAME_PREPOSITIONS: ReadonlySet<string> = new Set(lists.namePrepositions);

/** Words that join the parts of one organisation's name: "Bank of America", "Ways and Means Committee". */
export const ORG_JOINERS: ReadonlySet<string> = new Set(lists.organisationJoiners);

/** Military ranks written with a period before a name ("Cmdr. William Marks"). */
export const RANK_ABBREVIATIONS: readonly string[] = lists.rankAbbreviations;

/**
 * Splits a run of capitalised words and joiners into names. A joiner stays inside an
 * organisation's name: after an organisation word for "of", "for", "on" ("National
 * Association of Bond Lawyers", "Joint Committee on Taxation"), before one for "and" ("House
 * Ways and Means Committee", but not "House and Senate"), or continuing such a name ("Institute on Taxation and Economic
 * Policy"); elsewhere it splits ("Ryan and McConnell", "Secretary of State Rex Tillerson").
 */
export function splitAtJoiners(words: string[]): { words: string[]; organisation: boolean }[] {
  const groups: { words: string[]; organisation: boolean }[] = [];
  let current: { words: string[]; organisation: boolean } = { words: [], organisation: false };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!ORG_JOINERS.has(w) || !current.words.length) {
      if (!ORG_JOINERS.has(w)) current.words.push(w);
      continue;
    }
    let next = i + 1;
    while (next < words.length && !ORG_JOINERS.has(words[next]!)) next++;
    const part = words.slice(i + 1, next);
    const orgAt = part.findIndex((x) => isOrganisationHead(x.toLowerCase()));
    const and = w === "and" || w === "&";
    // "House of Representatives and Senate": a body named in one word after "and" is a second body.
    const body = and && part.length === 1 && BODIES.has(part[0]!.toLowerCase());
    if (!and && isOrganisationHead(current.words.at(-1)!.toLowerCase())) {
      current = { words: [...current.words, w, ...part], organisation: true };
    } else if (and && !body && orgAt >= 0 && !isOrganisationHead(current.words.at(-1)!.toLowerCase())) {
      groups.push({ words: [...current.words, w, ...part.slice(0, orgAt + 1)], organisation: true });
      current = { words: part.slice(orgAt + 1), organisation: false };
    } else if (and && current.organisation && part.length && !isGivenName(part[0]!) && !body) {
      current = { words: [...current.words, w, ...part], organisation: true };
    } else {
      groups.push(current);
      current = { words: part, organisation: false };
    }
    i = next - 1;
  }
  groups.push(current);
  return groups.filter((g) => g.words.length);
}

const isGivenName = (word: string) => /^\p{Lu}\p{Ll}+$/u.test(word) && firstNameGender(word) !== undefined;

/**
 * The person a headline names, read from a given name and the word after it, since headlines
 * capitalise every word: "How Michelle Obama Does It" → "Michelle Obama".
 */
export function personInHeadline(title: string): string | undefined {
  const words = title.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""));
  for (let i = 0; i + 1 < words.length; i++) {
    if (!isGivenName(words[i]!) || !/^[A-Z][\p{L}'’-]+$/u.test(words[i + 1]!) || FUNCTION_WORDS.has(words[i + 1]!.toLowerCase())) continue;
    const speaker = classifyRun([words[i]!, words[i + 1]!]);
    if (speaker?.kind === "person" && speaker.name.includes(" ")) return speaker.name;
  }
  return undefined;
}

/** How many words at `at` form a country's name ("United States" → 2), or 0. */
function countryAt(words: string[], at: number): number {
  for (let n = 3; n >= 1; n--) if (at + n <= words.length && COUNTRY_SET.has(words.slice(at, at + n).join(" "))) return n;
  return 0;
}

/** "VERIFY CLAIMS IN DOSSIER", "ALL OF US": headline capitals, not a name (acronyms like TASS stay). */
const isShouting = (words: string[]) =>
  words.filter((w) => /^[A-Z]{3,}$/.test(w)).length >= 2 ||
  (words.length > 1 && words.every((w) => /^[A-Z]+$/.test(w)) && words.some((w) => FUNCTION_WORDS.has(w.toLowerCase())));
const isHonorific = (word: string) => /^\p{Lu}/u.test(word) && isHonorificWord(word);
/** Days and months ("May" is left out: it is a surname as often). */
export const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

/** A name found in running text, with the office words that stood before it. */
export interface NamedEntity {
  kind: "person" | "institution";
  name: string;
  titles: string[];
}

/** Full names of people (two words or more once titles are stripped) in a text. */
export function personNamesIn(text: string): string[] {
  return namedEntitiesIn(text)
    .filter((e) => e.kind === "person")
    .map((e) => e.name);
}

/** People and institutions of two words or more: "President Donald Trump" → person, titles ["president"]. */
export function namedEntitiesIn(text: string): NamedEntity[] {
  const names: NamedEntity[] = [];
  // Words joined by spaces only (a line break ends a name); a dot only after an initial.
  for (const words of capitalisedRuns(text)) {
    const speaker = classifyRun(words);
    if ((speaker?.kind === "person" || speaker?.kind === "institution") && speaker.name.includes(" ")) {
      const before = words.slice(0, words.length - speaker.name.split(" ").length);
      const titles = before.map((w) => w.toLowerCase()).filter((w) => TITLES.has(w));
      // "Russian President Vladimir Putin" is also "the Russian president".
      const country = before.findIndex((w, i) => DEMONYMS.has(w) && TITLES.has(before[i + 1]?.toLowerCase() ?? ""));
      if (country >= 0) titles.push(`${before[country]!.toLowerCase()} ${before[country + 1]!.toLowerCase()}`);
      names.push({ kind: speaker.kind, name: speaker.name, titles });
    }
  }
  return names;
}

// (Not after a hyphen: "sub-Saharan Africa", "anti-Trump Republicans" name nobody.)
// ("H&R Block", "P&O Princess": letters joined by "&" are one word.)
const CAPITALISED_SPAN = /(?<![\p{L}.&-])(?:(?:[A-Z]\.|[A-Z]&[A-Z]|[A-Z][\p{L}'’-]*|of|for|on|and|&)[ \t]+){1,9}[A-Z][\p{L}'’-]+/gu;

/**
 * Runs of two or more capitalised words (joined by spaces only: a line break ends a name; a dot
 * only after an initial). Joiners stay inside a run only where the run is one organisation's
 * name; elsewhere they split it: "Ryan and McConnell" → [Ryan], [McConnell]; "Secretary of
 * State Rex Tillerson" → [Secretary], [State Rex Tillerson].
 */
export function capitalisedRuns(text: string, limit = Number.POSITIVE_INFINITY): string[][] {
  const runs: string[][] = [];
  for (const m of text.matchAll(CAPITALISED_SPAN)) {
    // (A caller that reads only the first run need not find the rest: this runs on every sentence.)
    if (runs.length >= limit) break;
    // "Samsung Galaxy S8", "Boeing 737": a model, not a name.
    if (/^\s+[A-Z]*\d/.test(text.slice(m.index + m[0].length))) continue;
    // A possessor ends a name ("Taiwan’s China policy" names neither), unless an organisation's
    // name goes on after it ("Moody’s Investors Service").
    const owner = m[0].search(/['’]s\s/);
    const whole = m[0].replace(/['’]s$/, "");
    const words = (owner >= 0 && !isOrganisationHead(whole.split(/\s+/).at(-1)!.toLowerCase()) ? m[0].slice(0, owner) : whole).split(/\s+/);
    // Joiners at the edges belong to the text around the span.
    while (words.length && ORG_JOINERS.has(words[0]!)) words.shift();
    // "Unfortunately Samsung has …", "Holding Trump accountable …": an adverb or a gerund that
    // opens the sentence is capitalised, not named.
    // (Not "Downing Street", "Downing St": a place's name.)
    const opening = (word: string) =>
      isOpeningAdverb(word) ||
      (isOpeningGerund(word) &&
        !isPlaceName(
          words
            .slice(0, 2)
            .join(" ")
            .replace(/ St\.?$/, " Street"),
        ));
    if (m.index === 0 && opening(words[0] ?? "")) words.shift();
    while (words.length && ORG_JOINERS.has(words.at(-1)!)) words.pop();
    for (const group of splitAtJoiners(words)) if (group.words.length >= 2) runs.push(group.words);
  }
  return runs;
}

/** "Unfortunately", "Ultimately", but not "Beverly", "Italy" or "Daily": a long -ly word that is no name or place. */
const isOpeningAdverb = (word: string) => /^\p{Lu}\p{Ll}{4,}ly$/u.test(word) && !firstNameGender(word) && !isPlaceName(word);

/** "Holding", "Asking", but not "Manning" or "Sterling": a word in -ing that is no name or place. */
const isOpeningGerund = (word: string) => /^\p{Lu}\p{Ll}{2,}ing$/u.test(word) && !firstNameGender(word) && !isPlaceName(word);

/** "envoy", "Minister": a word that names an office. */
export function isTitleWord(word: string): boolean {
  return TITLES.has(word.toLowerCase());
}

/** Surname of a person's name ("Sergey Lavrov" → "Lavrov"). */
export function surname(name: string): string {
  return name.split(" ").pop()!;
}
