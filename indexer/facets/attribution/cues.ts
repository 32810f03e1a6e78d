import { DOCUMENT_VERBS, NEEDS_AS, NEEDS_CONTENT, NEEDS_PARTICLE, NEEDS_QUOTE, PARTICIPLES, PHRASES, SPEECH_VERBS } from "./lexicon";
import type { Token } from "./tokens";

/**
 * Where a sentence says that someone said something, and where to look for who:
 * - `verb`: the subject before it, or after it when inverted ("…, said Lee");
 * - `participle`: ", saying …": the subject of the clause it hangs on;
 * - `passive`: "was said by officials": the agent after "by";
 * - `according`: "according to X": the phrase after it.
 */
export interface Cue {
  kind: "verb" | "participle" | "passive" | "according";
  /** Index of the cue's first token. */
  at: number;
  /** Index just past the cue (past "according to", "called for"). */
  end: number;
}

const QUOTE_MARKS = /^[“”"‘’']$/;
const CONTENT_OPENERS = /^(?:that|whether|how|why|what|when|where|if)$/;
const DEGREE = /^(?:more|most|less|least|very|so|too|increasingly)$/;

/**
 * The cues of one tagged sentence, in order.
 *
 * findCues(tokenize("Lee, a banker, said rates would rise.")) → [{ kind: "verb", at: 5, end: 6 }]
 */
export function findCues(tokens: Token[], quotedAtStart = false): Cue[] {
  const cues: Cue[] = [];
  const quotes = tokens.map((t) => QUOTE_MARKS.test(t.text));
  const quoted = insideQuotes(tokens, quotedAtStart);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Speech reported inside a quote is the quoted speaker's words, not an attribution.
    if (quoted[i]) continue;
    if (t.lower === "according" && tokens[i + 1]?.lower === "to") {
      cues.push({ kind: "according", at: i, end: i + 2 });
      i++;
      continue;
    }
    // ", warning that …" is sometimes tagged as a noun.
    if (t.pos === "NOUN" && tokens[i - 1]?.text === "," && /ing$/.test(t.lower)) {
      const stem = t.lower.slice(0, -3);
      if (PARTICIPLES.has(stem) || PARTICIPLES.has(`${stem}e`)) cues.push({ kind: "participle", at: i, end: i + 1 });
      continue;
    }
    // "Lee was blunt: “…”", "Sullivan is no longer cranky: “…”": a judgement of the speaker, then the words.
    if (t.lemma === "be" && t.pos === "AUX" && judgedBeforeQuote(tokens, i, quotes)) {
      cues.push({ kind: "verb", at: i, end: i + 1 });
      continue;
    }
    if (t.pos !== "VERB") continue;
    // "the tax-writing committee": a verb written into a compound word is no cue.
    if (tokens[i - 1]?.text === "-" && !t.spaced && !tokens[i - 1]!.spaced) continue;
    const end = cueEnd(tokens, i, quotes);
    if (end < 0) continue;
    const before = previousWord(tokens, i);
    if (before >= 0 && tokens[before]!.lemma === "be" && /(?:ed|said|told|written)$/.test(t.lower)) {
      cues.push({ kind: "passive", at: i, end });
    } else if (t.lower.endsWith("ing") && before >= 0 && tokens[before]!.lemma === "be") {
      cues.push({ kind: "verb", at: i, end });
    } else if (t.lower.endsWith("ing")) {
      // ("more appealing", "so pressing": after a word of degree it is an adjective.)
      if (PARTICIPLES.has(t.lemma) && tokens[before]?.pos !== "DET" && !DEGREE.test(tokens[i - 1]?.lower ?? ""))
        cues.push({ kind: "participle", at: i, end });
    } else {
      cues.push({ kind: "verb", at: i, end });
    }
  }
  return cues;
}

/** The index past a cue verb at `i` (with its particle or phrase), or -1 when it is none. */
function cueEnd(tokens: Token[], i: number, quotes: boolean[]): number {
  const lemma = tokens[i]!.lemma;
  for (const phrase of PHRASES) {
    if (phrase[0] !== lemma) continue;
    const end = matchPhrase(tokens, i + 1, phrase.slice(1));
    if (end > 0) return end;
  }
  // ("The survey found that …": whether a document is the subject is checked once it is found.)
  if (NEEDS_CONTENT.has(lemma) || DOCUMENT_VERBS.has(lemma))
    return introducesContent(tokens, i + 1) || closesContent(tokens, i) ? i + 1 : -1;
  if (SPEECH_VERBS.has(lemma)) return i + 1;
  const particles = NEEDS_PARTICLE.get(lemma);
  if (particles) {
    // "called for", "called on X to", "brushed the criticism aside".
    for (let k = i + 1; k <= i + 4 && k < tokens.length && tokens[k]!.pos !== "PUNCT"; k++) {
      if (particles.includes(tokens[k]!.lower)) return k + 1;
    }
  }
  if (NEEDS_AS.has(lemma)) {
    for (let k = i + 1; k <= i + 12 && k < tokens.length && !/^[.;:]$/.test(tokens[k]!.text); k++)
      if (tokens[k]!.lower === "as") return i + 1;
  }
  // ("“…,” read a statement", "“…,” she laughs": the quote came right before.)
  if (
    NEEDS_QUOTE.has(lemma) &&
    (quotes.slice(i + 1, clauseEnd(tokens, i + 1, 14)).some(Boolean) ||
      // ("“…,” a Lagos Herald statement read.": the quote closes before the subject.)
      tokens.slice(Math.max(0, i - 6), i).some((t) => /^[”"]$/.test(t.text)))
  )
    return i + 1;
  // "as one booster enthuses: “…”", "offered a mea culpa: “…”": a verb whose clause opens a
  // quote with a colon introduces speech.
  const colon = clauseEnd(tokens, i + 1, 5);
  if (
    tokens[colon]?.text === ":" &&
    quotes[colon + 1] &&
    !tokens.slice(i + 1, colon).some((t) => t.pos === "PUNCT" || t.pos === "VERB") &&
    !/^(?:include|follow|be|have)$/.test(lemma)
  )
    return i + 1;
  return -1;
}

/** After "was": only adverbs and an adjective, then a colon and a quote ("was blunt: “…”"). */
function judgedBeforeQuote(tokens: Token[], i: number, quotes: boolean[]): boolean {
  let k = i + 1;
  while (tokens[k] && (/^(?:ADV|PART|ADJ)$/.test(tokens[k]!.pos) || /^(?:no|not)$/.test(tokens[k]!.lower))) k++;
  return k > i + 1 && tokens[k - 1]!.pos === "ADJ" && tokens[k]?.text === ":" && quotes[k + 1] === true;
}

/** The index where the clause from `from` ends (a full stop, semicolon or colon), at most `max` tokens on. */
function clauseEnd(tokens: Token[], from: number, max: number): number {
  let k = from;
  while (k < tokens.length && k < from + max && !/^[.;:]$/.test(tokens[k]!.text)) k++;
  return k;
}

/**
 * "added that …", "noted: …", "…, he added.", "said the plan was late": a clause, a quote or
 * the sentence's end follows, not a plain object ("added a label to its brands").
 */
function introducesContent(tokens: Token[], from: number): boolean {
  let k = from;
  while (tokens[k]?.pos === "ADV" && !CONTENT_OPENERS.test(tokens[k]!.lower)) k++;
  const next = tokens[k];
  if (!next || /^[.,;:!?“”"‘’']$/.test(next.text) || CONTENT_OPENERS.test(next.lower)) return true;
  // "recalls seeing the crowd": a gerund is the content.
  if (next.pos === "VERB" && next.lower.endsWith("ing")) return true;
  // An object followed by its own verb is a clause: "noted the bonds could fall".
  for (let j = k; j < tokens.length && j < k + 10; j++) {
    const t = tokens[j]!;
    if (t.pos === "AUX" || (t.pos === "VERB" && j > k)) return true;
    // ("claimed Tony Blair's intervention in the row was …": a possessive or a phrase with a
    // preposition inside the subject.)
    // ("claimed same-sex marriage went …": a hyphen inside a word.)
    if (/^['’]s?$/.test(t.text) || (t.text === "-" && !t.spaced && tokens[j + 1]?.spaced === false)) continue;
    if (t.pos === "ADP" && j > k && /^(?:DET|NOUN|PROPN)$/.test(tokens[j + 1]?.pos ?? "")) continue;
    if (t.pos === "PUNCT" || t.pos === "ADP" || t.pos === "PART") return false;
  }
  return false;
}

/** "“…”, Kerry stated at the talks", "“…,” added Lee": the content came before, after a quote or comma. */
function closesContent(tokens: Token[], i: number): boolean {
  // "“…,” stated Keegan": inverted right after the quote.
  if (/^[,”"]$/.test(tokens[i - 1]?.text ?? "")) return true;
  const next = tokens[i + 1];
  if (next && !/^(?:PUNCT|ADP)$/.test(next.pos)) return false;
  return tokens.slice(Math.max(0, i - 6), i).some((t) => /^[,”"]$/.test(t.text));
}

/** For each token, whether it stands inside a quotation (the quote may have opened earlier). */
export function insideQuotes(tokens: Token[], open: boolean): boolean[] {
  return tokens.map((t, i) => {
    if (t.text === "“" || (t.text === '"' && !open && tokens[i + 1]?.spaced === false)) {
      open = true;
      return true;
    }
    if (t.text === "”" || t.text === '"') {
      open = false;
      return true;
    }
    return open;
  });
}

/** Lemmas of `rest` from `from`, allowing one determiner or pronoun between ("made it clear"). */
function matchPhrase(tokens: Token[], from: number, rest: readonly string[]): number {
  let k = from;
  for (const word of rest) {
    if (tokens[k]?.lemma !== word && tokens[k]?.lower !== word && /^(?:DET|PRON|ADJ)$/.test(tokens[k]?.pos ?? "")) k++;
    if (tokens[k]?.lemma !== word && tokens[k]?.lower !== word) return -1;
    k++;
  }
  return k;
}

/** The nearest token before `i` that is not an adverb or "not". */
export function previousWord(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART")) k--;
  return k;
}
