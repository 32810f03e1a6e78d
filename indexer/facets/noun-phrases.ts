import { firstNameGender } from "./attribution/gender";
import { COUNTRY_NAMES, DEMONYMS, demonymOf, isPlaceName } from "./country";

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
    "defender goalkeeper star actor actress singer director-general counterpart opposition deputies attorney " +
    "speaker majority minority whip senate house treasury district court chief-of-staff adviser advisor " +
    "counsel special national security homeland commerce health education energy trade labor labour " +
    "transportation justice republican republicans democrat democrats democratic independent conservative " +
    "liberal congressman congresswoman assemblyman lawmaker candidate nominee ceo cfo coo chairwoman " +
    "president-elect mp mep commissioner inspector superintendent sheriff detective officer constable " +
    "guitarist dj broadcaster presenter author writer producer drummer bassist comedian chef designer " +
    "model rapper boxer athlete sprinter runner jockey trainer skipper batsman bowler winger forward " +
    "fullback quarterback pitcher playwright novelist poet journalist reporter columnist editor " +
    "photographer filmmaker composer conductor pianist violinist dancer artist architect lawyer " +
    "barrister solicitor qc economist analyst strategist spokesperson campaigner activist").split(" "),
);
// Heads that make a phrase an institution or a (possibly unnamed) source.
const INSTITUTION_HEADS = new Set(
  ("ministry department office kremlin government agency council commission police army military court " +
    "embassy house pentagon committee bank parliament congress senate union party federation organisation " +
    "organization administration authority authorities company group reuters tass ap afp bbc cabinet " +
    "secretariat service services forces times post journal news network channel newspaper magazine " +
    "radio television tv herald guardian telegraph daily tribune chronicle review press politico cnn " +
    "bloomberg msnbc fox abc cbs nbc npr council").split(" "),
);
const SOURCE_HEADS = new Set(
  ("official officials spokesman spokeswoman spokesperson source sources minister ministers diplomat diplomats " +
    "aide aides analyst analysts expert experts lawmaker lawmakers witness witnesses resident residents " +
    "observer observers prosecutor prosecutors president secretary leader leaders governments government " +
    "ministry ministries department police officer officers executive executives chairman " +
    "director manager coach spokesmen critics investigators researchers scientists economists general " +
    "chancellor governor mayor senator ambassador envoy").split(" "),
);
const GENERIC_ADJECTIVES = new Set("senior top unnamed anonymous high-ranking high-level key".split(" "));
// Capitalised only because they open a sentence or clause: never part of a name.
const FUNCTION_WORDS = new Set(
  ("while when after before although though but and as if meanwhile however then so also since because until " +
    "unless whereas yet or now later earlier still asked speaking in on at for with from by of to this that these " +
    "those it its their his her our we they he she i you there here what why how where according the a an " +
    "during just even only both either neither each every another other such last next under was were is " +
    "are said says asked told some many most half despite joining including unlike amid following without within " +
    "against toward towards among between").split(" "),
);
const DETERMINERS = /^(?:the|a|an|its|his|her|their|our|one|two|three|several|some|many)$/i;
const PARTICLES = new Set(["de", "da", "del", "der", "van", "von", "bin", "al", "al-", "la", "le", "of", "ibn"]);
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
  while (i > 0 && (isCap(bare(words[i - 1]!)) || (PARTICLES.has(words[i - 1]!) && i < words.length && i > 1 && isCap(bare(words[i - 2]!))))) {
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
  const phrase = words.slice(j).map(possessiveToDemonym).map(bare).filter((w) => !GENERIC_ADJECTIVES.has(w.toLowerCase()));
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
  // An honorific starts the name: "Under Mr Brown", "Harrogate Mr Kennedy".
  const honorific = run.findLastIndex((w) => HONORIFICS.test(w));
  if (honorific > 0) return classifyRun(run.slice(honorific));
  const of = run.lastIndexOf("of");
  // "Senator Charles Schumer of New York": the place says where the person is from.
  if (of > 0 && isPlaceName(run.slice(of + 1).join(" "))) return classifyRun(run.slice(0, of));
  const words = run.filter((w) => !CALENDAR.test(w));
  let start = 0;
  while (start < words.length && FUNCTION_WORDS.has(words[start]!.toLowerCase())) start++;
  const rest = words.slice(start);
  if (!rest.length || isShouting(rest)) return undefined;
  // "Analysts said", "Police said": a plural or generic source, written as elsewhere in lower case.
  if (rest.length === 1 && SOURCE_HEADS.has(rest[0]!.toLowerCase())) return { kind: "source", name: rest[0]!.toLowerCase() };
  const head = rest[rest.length - 1]!.toLowerCase();
  if (INSTITUTION_HEADS.has(head)) return { kind: "institution", name: rest.join(" ") };
  // "Russian President", "Legislatures President": an office with no name is a role.
  if (TITLES.has(head)) return rest.length > 1 ? { kind: "source", name: rest.join(" ") } : undefined;
  const name = stripTitles(rest);
  if (name.length === 1 && (countryAt(rest, 0) === rest.length || CAPITALS.test(name[0]!))) {
    return { kind: "institution", name: rest.join(" ") };
  }
  return { kind: "person", name: name.join(" ") };
}

/**
 * Drops office, party and country words before a name, and anything beyond three words of
 * name: "Senate Majority Leader Mitch McConnell" → "Mitch McConnell",
 * "District Court Judge Amy Berman Jackson" → "Amy Berman Jackson".
 */
function stripTitles(words: string[]): string[] {
  let k = 0;
  while (k < words.length - 1) {
    const country = countryAt(words, k);
    if (country && k + country < words.length) k += country;
    else if (TITLES.has(words[k]!.toLowerCase()) || isDemonymOrCountry(words[k]!) || words[k] === "of" || words.length - k > 3) k++;
    // "Nations Nikki Haley": of three words, the first is no given name but the second is.
    else if (words.length - k === 3 && !isGivenName(words[k]!) && isGivenName(words[k + 1]!)) k++;
    else break;
  }
  return words.slice(k);
}

const isGivenName = (word: string) => /^[A-Z][a-z]+$/.test(word) && firstNameGender(word) !== undefined;

/** How many words at `at` form a country's name ("United States" → 2), or 0. */
function countryAt(words: string[], at: number): number {
  for (let n = 3; n >= 1; n--) if (at + n <= words.length && COUNTRY_SET.has(words.slice(at, at + n).join(" "))) return n;
  return 0;
}

/** "VERIFY CLAIMS IN DOSSIER": headline capitals, not a name (acronyms like TASS stay). */
const isShouting = (words: string[]) => words.filter((w) => /^[A-Z]{3,}$/.test(w)).length >= 2;
const HONORIFICS = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?$/;
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;
const CAPITALS = /^(?:Washington|Moscow|Beijing|London|Paris|Tehran|Kiev|Kyiv|Ankara|Berlin|Tokyo|Brussels|Damascus|Riyadh|Pyongyang|Seoul)$/;

/** A name found in running text, with the office words that stood before it. */
export interface NamedEntity {
  kind: "person" | "institution";
  name: string;
  titles: string[];
}

/** Full names of people (two words or more once titles are stripped) in a text. */
export function personNamesIn(text: string): string[] {
  return namedEntitiesIn(text).filter((e) => e.kind === "person").map((e) => e.name);
}

/** People and institutions of two words or more: "President Donald Trump" → person, titles ["president"]. */
export function namedEntitiesIn(text: string): NamedEntity[] {
  const names: NamedEntity[] = [];
  // Words joined by spaces only (a line break ends a name); a dot only after an initial.
  for (const m of text.matchAll(/(?<![\p{L}.])(?:(?:[A-Z]\.|[A-Z][\p{L}'’-]*)[ \t]+){1,5}[A-Z][\p{L}'’-]+/gu)) {
    const words = m[0].replace(/['’]s$/, "").split(/\s+/);
    const speaker = classifyRun(words);
    if ((speaker?.kind === "person" || speaker?.kind === "institution") && speaker.name.includes(" ")) {
      const titles = words.slice(0, words.length - speaker.name.split(" ").length).map((w) => w.toLowerCase()).filter((w) => TITLES.has(w));
      names.push({ kind: speaker.kind, name: speaker.name, titles });
    }
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
