import cues from "./data/cues.json" with { type: "json" };
import sources from "./data/sources.json" with { type: "json" };

/** The word lists attribution reads, from its data files (lemmas, lower case). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(Object.values(cues.verbs).flat());
/** Verbs of saying proper, the ones that invert after the quote or comma ("…, said Lee"). */
export const SAY_VERBS: ReadonlySet<string> = new Set(cues.verbs.say);
export const NEEDS_PARTICLE: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(cues.needsParticle));
export const NEEDS_AS: ReadonlySet<string> = new Set(cues.needsAs);
export const NEEDS_QUOTE: ReadonlySet<string> = new Set(cues.needsQuote);
export const PHRASES: readonly (readonly string[])[] = cues.phrases;
export const NEEDS_CONTENT: ReadonlySet<string> = new Set(cues.needsContent);
export const DOCUMENT_VERBS: ReadonlySet<string> = new Set(cues.documentVerbs);
export const PARTICIPLES: ReadonlySet<string> = new Set(cues.participles);
export const OCCASIONS: ReadonlySet<string> = new Set(cues.occasions);
export const OBJECT_CONTROL: ReadonlySet<string> = new Set(cues.objectControl);
export const QUOTING_VERBS: ReadonlySet<string> = new Set(cues.quotingVerbs);

export const PEOPLE_HEADS: ReadonlySet<string> = new Set(sources.people);
export const ROLE_HEADS: ReadonlySet<string> = new Set(sources.roles);
/** "pm" → "prime minister": an office as the article may abbreviate it. */
export const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries(sources.roleAbbreviations));
export const LEGAL_FORMS: ReadonlySet<string> = new Set(sources.legalForms);
export const PARTITIVES: ReadonlySet<string> = new Set(sources.partitives);
export const PAIRED_MODIFIERS: ReadonlySet<string> = new Set(sources.pairedModifiers);
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set(sources.organisations);
export const BODIES: ReadonlySet<string> = new Set(sources.bodies);
export const OUTLETS: ReadonlySet<string> = new Set(sources.outlets);
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set(sources.documents);
export const ISSUED_DOCUMENTS: readonly string[] = sources.issued;
export const DESCRIBERS: ReadonlySet<string> = new Set(sources.describers);
export const COLLECTIVE: ReadonlySet<string> = new Set(sources.collective);
export const FEMALE_WORDS: ReadonlySet<string> = new Set(sources.female);
export const MALE_WORDS: ReadonlySet<string> = new Set(sources.male);
export const PARTIES: ReadonlySet<string> = new Set(sources.parties);
export const HONORIFICS: ReadonlySet<string> = new Set(sources.honorifics);
const ADDRESS_TITLES: ReadonlySet<string> = new Set(sources.addressTitles);
/** "Mrs.", "Sir", "lord": an honorific, with or without its period, in any case. */
export const isHonorificWord = (word: string) => HONORIFICS.has(word.toLowerCase().replace(/\.$/, ""));
/** "Mr", "Dr.": an honorific of plain address, which starts a name and is never part of an office. */
export const isTitleOfAddress = (word: string) => /^\p{Lu}/u.test(word) && ADDRESS_TITLES.has(word.toLowerCase().replace(/\.$/, ""));
export const EPITHETS: ReadonlySet<string> = new Set(sources.epithets);

/** "lobbyists" → "lobbyist", "gunmen" → "gunman", "parties" → "party"; undefined when the word has no plural ending. */
export function singularOf(word: string): string | undefined {
  if (word.endsWith("men")) return `${word.slice(0, -3)}man`;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  return word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : undefined;
}

const CUE_LEMMAS = [
  ...SPEECH_VERBS,
  ...NEEDS_PARTICLE.keys(),
  ...NEEDS_AS,
  ...NEEDS_QUOTE,
  ...PARTICIPLES,
  ...DOCUMENT_VERBS,
  ...PHRASES.map((p) => p[0]!),
];

/** Every written form of a cue verb with its lemmas: regular inflections plus the irregular ones listed. */
const CUE_FORM_LEMMAS = new Map<string, Set<string>>();
for (const lemma of CUE_LEMMAS)
  for (const form of [lemma, ...inflect(lemma), ...((cues.forms as Record<string, string[]>)[lemma] ?? [])])
    (CUE_FORM_LEMMAS.get(form) ?? CUE_FORM_LEMMAS.set(form, new Set()).get(form)!).add(lemma);

/** The cue verb a written form is of ("texted" → "text"), for words the tagger does not know. */
export const cueLemmaOf = (form: string): string | undefined => CUE_FORM_LEMMAS.get(form)?.values().next().value;

/**
 * What else a sentence must hold for a form to be a cue there: nothing for a verb that is a cue
 * alone; else a quote mark (single ones too: the cue reader counts them), or one of the sets of
 * words ("made" only with "clear" or "case", "brushed" with "aside" or "off", "described" with
 * "as"). Tagging is most of attribution's cost, and "made", "set", "took", "put" are common words.
 */
interface FormNeeds {
  alone: boolean;
  quote: boolean;
  words: readonly (readonly string[])[];
}
const CUE_FORM_NEEDS: ReadonlyMap<string, FormNeeds> = new Map(
  [...CUE_FORM_LEMMAS].map(([form, lemmas]) => {
    const all = [...lemmas];
    return [
      form,
      {
        alone: all.some((l) => SPEECH_VERBS.has(l) || PARTICIPLES.has(l) || NEEDS_CONTENT.has(l) || DOCUMENT_VERBS.has(l)),
        quote: all.some((l) => NEEDS_QUOTE.has(l)),
        words: all.flatMap((l) => [
          ...(NEEDS_PARTICLE.get(l) ?? []).map((particle) => [particle]),
          ...(NEEDS_AS.has(l) ? [["as"]] : []),
          ...PHRASES.filter((p) => p[0] === l).map((p) => p.slice(1)),
        ]),
      },
    ];
  }),
);

const COLON_QUOTE_OR_ACCORDING = /:\s*[“”"‘’']|according\s+to/i;
const NOUN_MARKERS: ReadonlySet<string> = new Set(cues.nounMarkers);
const LATIN_WORD = /[A-Za-z]+/g;
const CAPITALISED = /^[A-Z][a-z]/;
const QUOTE_MARK = /[“”"‘’']/;

function inflect(lemma: string): string[] {
  const stem = lemma.replace(/e$/, "");
  const ies = /[^aeiou]y$/.test(lemma);
  const base = ies ? lemma.slice(0, -1) : lemma;
  return [
    ies ? `${base}ies` : /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`,
    ies ? `${base}ied` : `${stem}ed`,
    `${stem}ing`,
    // Doubled final consonant: admitted, regretted, committed.
    `${lemma}${lemma.at(-1)}ed`,
    `${lemma}${lemma.at(-1)}ing`,
  ];
}

/**
 * Whether a sentence may hold an attribution at all: "according to", a colon that opens a quote
 * ("as one booster put it: “…”"), or a word that is a form of a cue verb. Cheap, so that only
 * these sentences are tagged. (A quote alone is no cue: without one of these the cue reader
 * finds nothing, and tagging such sentences was a third of its cost.)
 */
export function mayAttribute(sentence: string): boolean {
  if (COLON_QUOTE_OR_ACCORDING.test(sentence)) return true;
  let present: Set<string> | undefined;
  let previous = "";
  let previousEnd = -1;
  // (Runs on every sentence: one pass over its words, nothing split.)
  for (const found of sentence.matchAll(LATIN_WORD)) {
    const written = found[0];
    const word = written.toLowerCase();
    const before = previous;
    const adjacent = previousEnd === found.index - 1 && sentence[previousEnd] === " ";
    const first = previousEnd < 0;
    previous = word;
    previousEnd = found.index + written.length;
    const needs = CUE_FORM_NEEDS.get(word);
    if (!needs) continue;
    // "the United States", "Islamic State", "the report": inside a name or right after an article
    // or a possessive the form is no verb.
    if ((!first && CAPITALISED.test(written)) || (adjacent && NOUN_MARKERS.has(before))) continue;
    if (needs.alone || (needs.quote && QUOTE_MARK.test(sentence))) return true;
    present ??= new Set(sentence.toLowerCase().split(/[^a-z]+/));
    if (needs.words.some((set) => set.every((w) => present!.has(w)))) return true;
  }
  return false;
}
