import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { RANK_ABBREVIATIONS } from "../noun-phrases";
import { cueLemmaOf, ROLE_HEADS, SPEECH_VERBS } from "./lexicon";

/** One word or mark of a sentence, with its universal part of speech and lemma. */
export interface Token {
  text: string;
  lower: string;
  /** Universal POS tag (PROPN, NOUN, VERB, AUX, ADP, PUNCT, …). */
  pos: string;
  lemma: string;
  /** Whether whitespace stands before it in the sentence. */
  spaced: boolean;
}

let nlp: ReturnType<typeof winkNLP> | undefined;

const CLITIC = /([\p{L}\p{N}])(['’]s)(?![\p{L}\p{N}])/gu;
/** "Cmdr. William Marks": military ranks whose period wink-nlp reads as a sentence's end. */
const RANK_PERIOD = new RegExp(`\\b(${RANK_ABBREVIATIONS.join("|")})\\.(?= \\p{Lu})`, "gu");

/**
 * Tokens of one sentence, tagged by wink-nlp's English model (loaded once, offline). Only
 * sentences that may carry an attribution are tagged: tagging is most of attribution's cost.
 *
 * tokenize("Lee said so.").map((t) => t.pos) → ["PROPN", "VERB", "ADV", "PUNCT"]
 */
export function tokenize(sentence: string): Token[] {
  nlp ??= winkNLP(model, ["pos"]);
  const its = nlp.its;
  // wink-nlp caches every word it has seen, and once "Obama's" is cached whole it stops
  // splitting off the "'s", so its tags would depend on what was read before. A space before
  // each clitic makes the split (and so the tags) the same whatever came before.
  const tokens = nlp.readDoc(sentence.replace(CLITIC, "$1 $2").replace(RANK_PERIOD, "$1")).tokens();
  const text = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  // wink-nlp 2.4 types its.lemma with an add-on signature that out() does not accept; it works at run time.
  const lemma = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const out: Token[] = text.map((t, i) => {
    const clitic = /^['’]s$/i.test(t) && i > 0;
    return {
      text: t,
      lower: t.toLowerCase(),
      // A number's tag, too, depends on the context it was first cached in ("H.264" makes 264 a name).
      pos: clitic && !/^(?:AUX|VERB|PUNCT)$/.test(pos[i]!) ? "PART" : /^\d[\d,.]*$/.test(t) ? "NUM" : pos[i]!,
      lemma: (lemma[i] ?? t).toLowerCase(),
      spaced: !clitic && (spaces[i] ?? " ").length > 0,
    };
  });
  // ("he texted me": a verb the tagger does not know keeps its written form as its lemma.)
  for (const t of out) if (t.pos === "VERB" && t.lemma === t.lower) t.lemma = cueLemmaOf(t.lower) ?? t.lemma;
  // "Hatch said", "Then Hatch said": a capitalised word the tagger took for a verb, right before a
  // speech verb, is a name (no verb stands right before "said").
  for (let i = 0; i + 1 < out.length; i++) {
    const t = out[i]!;
    if (t.pos === "VERB" && /^[A-Z][a-z]/.test(t.text) && out[i + 1]!.pos === "VERB" && SPEECH_VERBS.has(out[i + 1]!.lemma))
      t.pos = "PROPN";
  }
  // A capitalised word right after a name continues it ("Roger Mosey" is not a verb "mosey").
  for (let i = 1; i < out.length; i++) {
    const t = out[i]!;
    if (out[i - 1]!.pos === "PROPN" && /^[A-Z][a-z]/.test(t.text) && /^(?:VERB|NOUN|ADJ|ADV|X)$/.test(t.pos)) t.pos = "PROPN";
    // "at Shanghai Jiaotong University": a capitalised word before a name is part of it.
    else if (t.pos === "VERB" && /^[A-Z][a-z]/.test(t.text) && out[i + 1]?.pos === "PROPN") t.pos = "PROPN";
    // "the report notes.", "CNN reports that": a cue verb the tagger took for a plural noun.
    else if (
      t.pos === "NOUN" &&
      /s$/.test(t.lower) &&
      SPEECH_VERBS.has(t.lower.slice(0, -1)) &&
      /^(?:PROPN|NOUN)$/.test(out[i - 1]!.pos) &&
      /^(?:[.,:]|that)$/.test(out[i + 1]?.lower ?? ".")
    ) {
      t.pos = "VERB";
      t.lemma = t.lower.slice(0, -1);
    }
    // "according to French officials": inside a sentence, a capitalised word before a noun is
    // its modifier (a demonym, a name used as one), not a verb.
    else if (t.pos === "VERB" && /^[A-Z][a-z]/.test(t.text) && out[i + 1]?.pos === "NOUN" && !/^[“"‘'(:—–-]$/.test(out[i - 1]!.text))
      t.pos = "ADJ";
    // "…,” said Ford,": a capitalised verb right after a verb is a name.
    else if (t.pos === "VERB" && out[i - 1]!.pos === "VERB" && /^[A-Z][a-z]/.test(t.text)) t.pos = "PROPN";
    // "…,” May said.": a capitalised word between a closing quote and a verb is a name.
    else if (
      /^(?:NOUN|ADJ|INTJ)$/.test(t.pos) &&
      /^[A-Z][a-z]/.test(t.text) &&
      /^[”"’]$/.test(out[i - 1]!.text) &&
      out[i + 1]?.pos === "VERB"
    )
      t.pos = "PROPN";
    // "…,” Oh said.": a capitalised interjection inside a sentence is a name.
    else if (t.pos === "INTJ" && /^[A-Z][a-z]/.test(t.text) && /^(?:VERB|AUX|PROPN)$/.test(out[i + 1]?.pos ?? "")) t.pos = "PROPN";
    // "the magazine's cover story": after a possessive, a word before a noun modifies it.
    else if (t.pos === "VERB" && /^['’]s$/.test(out[i - 1]!.text) && out[i + 1]?.pos === "NOUN" && t.lower === t.lemma) t.pos = "NOUN";
    // "attorney general": the second word of an office is a noun, not an adjective.
    else if (t.pos === "ADJ" && ROLE_HEADS.has(`${out[i - 1]!.lower} ${t.lower}`)) t.pos = "NOUN";
    // "Li Ka-shing", "Yoo Ji-chang": the lower-case half of a hyphenated given name after a name.
    else if (
      out[i - 1]!.text === "-" &&
      !t.spaced &&
      /^\p{Ll}+$/u.test(t.text) &&
      !out[i - 1]!.spaced &&
      out[i - 2]?.pos === "PROPN" &&
      out[i - 3]?.pos === "PROPN" &&
      /^[A-Z][a-z]/.test(out[i - 2]!.text)
    )
      t.pos = "PROPN";
    // "according to mortgage lender X": after "according to" a noun phrase follows, not an infinitive.
    else if (t.pos === "VERB" && out[i - 1]!.lower === "to" && out[i - 2]?.lower === "according" && out[i + 1]?.pos === "NOUN")
      t.pos = "NOUN";
    // "The 27-year-old said": the age is the noun.
    else if (
      t.lower === "old" &&
      out[i - 1]!.text === "-" &&
      out[i - 2]?.lower === "year" &&
      /^(?:VERB|AUX|PUNCT)$/.test(out[i + 1]?.pos ?? "PUNCT")
    )
      t.pos = "NOUN";
  }
  return out;
}
