import { COUNTRY_NAMES, DEMONYMS } from "./country";

/**
 * Noun-phrase helpers for attribution: the phrase that ends where a speech verb begins
 * ("… Deputy Foreign Minister Sergey Ryabkov" said), the one that starts after it (said
 * "the official"), and what kind of speaker a phrase names.
 */
export type Speaker = { kind: "person" | "institution" | "source" | "pronoun"; name: string };

// Capitalised words that describe a person's office, not their name.
const TITLES = new Set(
  ("president vice prime minister ministers secretary deputy foreign state interior defense defence finance " +
    "chancellor senator sen rep representative governor gov mayor general gen ambassador envoy spokesman " +
    "spokeswoman spokesperson chairman chairwoman chair chief director mr mrs ms dr prof professor king queen " +
    "prince princess pope judge justice commander leader ceo executive officer coach manager captain lord lady " +
    "sir dame rev father sheikh ayatollah colonel col lieutenant lt sergeant major admiral senior former acting " +
    "first lady minister's premier secretary-general head boss founder economist analyst striker midfielder " +
    "defender goalkeeper star actor actress singer director-general counterpart opposition deputies").split(" "),
);
// Heads that make a phrase an institution or a (possibly unnamed) source.
const INSTITUTION_HEADS = new Set(
  ("ministry department office kremlin government agency council commission police army military court " +
    "embassy house pentagon committee bank parliament congress senate union party federation organisation " +
    "organization administration authority authorities company group reuters tass ap afp bbc cabinet " +
    "secretariat service services forces").split(" "),
);
const SOURCE_HEADS = new Set(
  ("official officials spokesman spokeswoman spokesperson source sources minister ministers diplomat diplomats " +
    "aide aides analyst analysts expert experts lawmaker lawmakers witness witnesses resident residents " +
    "observer observers prosecutor prosecutors president secretary leader leaders governments government " +
    "ministry ministries department police statement officer officers executive executives chairman " +
    "director manager coach spokesmen critics investigators researchers scientists economists").split(" "),
);
const GENERIC_ADJECTIVES = new Set("senior top unnamed anonymous high-ranking high-level key".split(" "));
// Capitalised only because they open a sentence or clause: never part of a name.
const FUNCTION_WORDS = new Set(
  ("while when after before although though but and as if meanwhile however then so also since because until " +
    "unless whereas yet or now later earlier still asked speaking in on at for with from by of to this that these " +
    "those it its their his her our we they he she i you there here what why how where according").split(" "),
);
const DETERMINERS = /^(?:the|a|an|its|his|her|their|our|one|two|three|several|some|many)$/i;
const PARTICLES = new Set(["de", "da", "del", "der", "van", "von", "bin", "al", "al-", "la", "le", "of", "ibn"]);
const ABBREVIATED_COUNTRY = /^(?:U\.?S\.?|UK|U\.K\.|EU|UN)$/;
const isDemonymOrCountry = (w: string) => ABBREVIATED_COUNTRY.test(w) || DEMONYMS.has(w);
const COUNTRIES = new Set(COUNTRY_NAMES.flatMap((n) => n.split(" ")));

const isCap = (w: string) => /^[A-Z][\p{L}.'’-]*$/u.test(w) || /^[A-Z]{2,}$/.test(w);
const bare = (w: string) => w.replace(/^[“"‘'(]+|[”"’'),:;]+$/g, "").replace(/['’]s$/, "");

/** The speaker named by the words that end `prefix`, if they form one. */
export function phraseBefore(prefix: string): Speaker | undefined {
  const words = prefix.trim().split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  if (!last) return undefined;
  if (/^[“"‘(]*(he|she)$/i.test(last)) return { kind: "pronoun", name: last.replace(/^[“"‘(]+/, "").toLowerCase() };
  if (/[,;:”"]$/.test(last) && !/['’]s$/.test(last)) return undefined;
  // Capitalised run: "Russian Deputy Foreign Minister Sergey Ryabkov", "the Kremlin".
  let i = words.length;
  while (i > 0 && (isCap(bare(words[i - 1]!)) || (PARTICLES.has(words[i - 1]!) && i < words.length && i > 1 && isCap(bare(words[i - 2]!))))) {
    i--;
    if (/[,;:”"]$/.test(words[i - 1] ?? "")) break;
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
  const phrase = words.slice(j).map(bare).filter((w, k) => k > 0 || !GENERIC_ADJECTIVES.has(w.toLowerCase()));
  return { kind: "source", name: phrase.filter((w) => !GENERIC_ADJECTIVES.has(w.toLowerCase())).join(" ") };
}

/** The speaker named at the start of `suffix` (after an inverted verb: said "Sergey Lavrov"). */
export function phraseAfter(suffix: string): Speaker | undefined {
  const words = suffix.trim().split(/\s+/).map((w) => w.replace(/[.,;:!?”"]+$/, ""));
  let start = 0;
  if (DETERMINERS.test(words[0] ?? "")) start = 1;
  let end = start;
  while (end < words.length && end - start < 7 && (isCap(words[end]!) || (start === 1 && /^[a-z-]+$/.test(words[end]!) && !SOURCE_HEADS.has(words[end - 1]?.toLowerCase() ?? "")))) {
    end++;
    if (SOURCE_HEADS.has(words[end - 1]!.toLowerCase())) break;
  }
  if (end === start) return undefined;
  const run = words.slice(start, end);
  return run.every((w) => isCap(w)) ? classifyRun(run) : phraseBefore(run.join(" "));
}

/** Person, institution or place, from a capitalised run; titles are stripped from people. */
export function classifyRun(run: string[]): Speaker | undefined {
  let start = 0;
  while (start < run.length && (run[start]!.toLowerCase() === "the" || FUNCTION_WORDS.has(run[start]!.toLowerCase()))) start++;
  const words = run.slice(start);
  if (!words.length) return undefined;
  const head = words[words.length - 1]!.toLowerCase();
  if (INSTITUTION_HEADS.has(head)) return { kind: "institution", name: words.join(" ") };
  let k = 0;
  while (k < words.length - 1 && (TITLES.has(words[k]!.toLowerCase()) || isDemonymOrCountry(words[k]!) || COUNTRIES.has(words[k]!) || words[k] === "of")) k++;
  const name = words.slice(k);
  if (TITLES.has(name[0]!.toLowerCase()) && name.length === 1) return undefined;
  if (name.length === 1 && (COUNTRIES.has(name[0]!) || /^(?:Washington|Moscow|Beijing|London|Paris|Tehran)$/.test(name[0]!))) {
    return { kind: "institution", name: words.join(" ") };
  }
  return { kind: "person", name: name.join(" ") };
}

/** Full names of people (two words or more once titles are stripped) in a text. */
export function personNamesIn(text: string): string[] {
  const names: string[] = [];
  // Words joined by spaces only (a line break ends a name); a dot only after an initial.
  for (const m of text.matchAll(/(?<![\p{L}.])(?:(?:[A-Z]\.|[A-Z][\p{L}'’-]*)[ \t]+){1,5}[A-Z][\p{L}'’-]+/gu)) {
    const speaker = classifyRun(m[0].replace(/['’]s$/, "").split(/\s+/));
    if (speaker?.kind === "person" && speaker.name.includes(" ")) names.push(speaker.name);
  }
  return names;
}

/** "envoy", "Minister": a word that names an office. */
export function isTitleWord(word: string): boolean {
  return TITLES.has(word.toLowerCase());
}

/** Surname of a person's name ("Sergey Lavrov" → "Lavrov"). */
export function surname(name: string): string {
  return name.split(" ").pop()!;
}
