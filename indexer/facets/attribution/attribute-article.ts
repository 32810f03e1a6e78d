import { type Cue, findCues } from "./cues";
import { Discourse, type ResolvedSpeaker, type SpeakerKind } from "./discourse";
import { mayAttribute } from "./lexicon";
import { mentionOf } from "./mention";
import { type SourcePhrase, sourcesOf } from "./source-phrase";
import { type Token, tokenize } from "./tokens";

/** Speakers of one sentence, and the quoted span when it holds a direct quote. */
export interface Attribution {
  speaker: string[];
  /** What each speaker value names, in the same order. */
  speakerKind: SpeakerKind[];
  quote?: string;
}

/**
 * Attributes every sentence of one article: the cue and its source from each sentence's
 * structure, then pronouns, offices and references resolved against what the article said
 * before, and quotes that run over several sentences given to whoever the run is attributed to.
 * `paragraphStarts` holds the index of every sentence that opens a paragraph (quotes reset there).
 *
 * attributeArticle(["Helen Marsh arrived.", "“It went well,” she said."])[1].speaker → ["Helen Marsh"]
 */
export function attributeArticle(written: string[], paragraphStarts: ReadonlySet<number> = new Set([0])): Attribution[] {
  const sentences = written.map(withQuotationMarks);
  const discourse = new Discourse();
  const quotedAtStart = openQuotes(sentences, paragraphStarts);
  const found = sentences.map((sentence, index) => {
    discourse.observeSentence(sentence, index);
    return mayAttribute(sentence) && !isHeadline(sentence) ? speakersOf(sentence, index, discourse, quotedAtStart[index]!) : [];
  });
  const result: Attribution[] = found.map((speakers, i) => ({
    speaker: speakers.map((s) => s.name),
    speakerKind: speakers.map((s) => s.kind),
    ...withQuote(sentences[i]!),
  }));
  carryAcrossQuotes(sentences, result, paragraphStarts);
  return result;
}

function speakersOf(sentence: string, index: number, discourse: Discourse, quotedAtStart: boolean): ResolvedSpeaker[] {
  const tokens = tokenize(sentence);
  const out: ResolvedSpeaker[] = [];
  for (const { phrases } of mainCues(tokens, findCues(tokens, quotedAtStart))) {
    for (const phrase of phrases) {
      const mention = mentionOf(tokens, phrase);
      const speaker = mention && discourse.resolve(mention, index);
      if (speaker && !out.some((s) => s.name === speaker.name)) out.push(speaker);
    }
  }
  return out;
}

interface FoundCue {
  cue: Cue;
  phrases: SourcePhrase[];
}

const BOUNDARIES = /^(?:;|but|after|before|when|while|whereas|although|though|because|however)$/;

/**
 * The cues that attribute the sentence, not speech reported inside what is said: in
 * "Lee said Kim had told her …" and "Kim had told her …, Lee said" only Lee's cue counts.
 * A later cue counts again after a clause boundary ("…, but Kim said", "after Kim said").
 */
function mainCues(tokens: Token[], cues: Cue[]): FoundCue[] {
  const found = cues.map((cue) => ({ cue, phrases: sourcesOf(tokens, cue) })).filter((f) => f.phrases.length);
  const final = found.findLast((f) => isFinalAttribution(tokens, f));
  // "Lee said: “…”, TASS reported.": a quote introduced by its own speaker keeps that speaker.
  if (final) {
    const start = Math.min(final.cue.at, ...final.phrases.map((p) => p.start));
    return [...found.filter((f) => f !== final && (tokens[f.cue.end]?.text === ":" || hasBoundary(tokens, Math.min(...f.phrases.map((p) => p.start)) - 1, start))), final];
  }
  const kept: FoundCue[] = [];
  let end = -1;
  // "While Kerry said …, the Kremlin rejected …": the first clause was subordinate.
  let subordinate = false;
  for (const f of found) {
    const start = Math.min(...f.phrases.map((p) => p.start));
    const afterComma = tokens.slice(Math.max(0, end), start).some((t) => t.text === ",");
    if (kept.length && start >= end && !hasBoundary(tokens, end, start) && !(subordinate && afterComma)) continue;
    if (!kept.length) subordinate = BOUNDARIES.test(tokens[start - 1]?.lower ?? "") || /^(?:if|as|since)$/.test(tokens[start - 1]?.lower ?? "");
    kept.push(f);
    end = Math.max(end, f.cue.end);
  }
  return kept;
}

/** "…, officials said." / "…,” said Lee on Monday.": the cue and its source close the sentence. */
function isFinalAttribution(tokens: Token[], { cue, phrases }: FoundCue): boolean {
  const first = phrases[0]!;
  const inverted = first.start > cue.at;
  const opener = tokens[(inverted ? cue.at : first.start) - 1];
  if (!opener || !/^[,”"’]$/.test(opener.text)) return false;
  let after = Math.max(cue.end, ...phrases.map((p) => p.modifierEnd ?? p.end), ...phrases.map((p) => p.apposition?.end ?? 0));
  // "…, he told Reuters.": the one told is no content.
  if (tokens[cue.at]!.lemma === "tell") while (after < tokens.length && /^(?:PROPN|NOUN|DET|PRON)$/.test(tokens[after]!.pos)) after++;
  const next = tokens[after];
  if (next && !/^[.,;:!?]$/.test(next.text) && next.pos !== "ADP" && next.pos !== "ADV") return false;
  for (let k = after; k < tokens.length; k++) {
    if (tokens[k]!.text === ",") return true;
    if (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "AUX") return false;
  }
  return true;
}

function hasBoundary(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    if (BOUNDARIES.test(tokens[k]!.lower)) return true;
    if (tokens[k]!.text === "," && tokens[k + 1]?.pos === "CCONJ") return true;
  }
  return false;
}

/** A title or caption: no closing punctuation, a few words, no quote. */
function isHeadline(sentence: string): boolean {
  return !/[.!?”"’)]$/.test(sentence) && sentence.split(" ").length < 10;
}

/** For each sentence, whether a quote opened before it is still open (reset at each paragraph). */
function openQuotes(sentences: string[], paragraphStarts: ReadonlySet<number>): boolean[] {
  let open = false;
  return sentences.map((sentence, i) => {
    // A sentence that opens with a quotation mark starts a quote of its own, even when the
    // writer left the one before unclosed.
    if (paragraphStarts.has(i) || opensWithQuote(sentence)) open = false;
    const atStart = open;
    const balance = quoteBalance(sentence);
    if (balance > 0) open = true;
    else if (balance < 0) open = false;
    return atStart;
  });
}

function withQuote(sentence: string): { quote?: string } {
  const m = /[“"]([^”"]{3,})[”"]/.exec(sentence);
  return m?.[1] ? { quote: m[1].trim() } : {};
}

/**
 * Quotes that run over several sentences: every sentence of the run takes the speaker the run
 * is attributed to, and a quote that opens right after an attributed sentence continues it.
 * A run ends where its quote closes, or at the end of its paragraph unless the next paragraph
 * opens with a quotation mark (the convention for a quote over several paragraphs); a stray
 * quotation mark therefore never carries a speaker past its paragraph.
 */
function carryAcrossQuotes(sentences: string[], result: Attribution[], paragraphStarts: ReadonlySet<number>) {
  let run: number[] = [];
  let open = false;
  const flush = () => {
    const first = run.find((i) => result[i]!.speaker.length);
    let source = first === undefined ? undefined : result[first]!;
    // "Lee said: “We rebuilt it." then the quote goes on: the sentence before the run speaks it.
    const before = run[0] === undefined ? undefined : result[run[0] - 1];
    if (!source && before?.speaker.length && run[0] !== undefined && opensWithQuote(sentences[run[0]]!)) source = before;
    if (source) for (const i of run) if (!result[i]!.speaker.length) result[i] = { ...result[i]!, speaker: source.speaker, speakerKind: source.speakerKind };
    run = [];
  };
  sentences.forEach((sentence, i) => {
    if (paragraphStarts.has(i) && open && !opensWithQuote(sentence)) {
      flush();
      open = false;
    }
    const balance = quoteBalance(sentence);
    // "She said: “We took advice. “We would like …”": the writer reopened a quote left unclosed;
    // the sentence still belongs to the run, and its own marks say whether the run goes on.
    const reopens = open && opensWithQuote(sentence);
    if (open || balance > 0) run.push(i);
    if (reopens) {
      open = balance > 0;
      if (!open) flush();
      return;
    }
    if (opensWithQuote(sentence) && !result[i]!.speaker.length && i > 0 && result[i - 1]!.speaker.length && (!paragraphStarts.has(i) || isQuoteOnly(sentences[i - 1]!) || (isQuoteOnly(sentence) && endsQuoting(sentences[i - 1]!)))) {
      // A whole-quote sentence right after an attributed one goes on quoting that speaker.
      result[i] = { ...result[i]!, speaker: result[i - 1]!.speaker, speakerKind: result[i - 1]!.speakerKind };
    }
    if (open && balance < 0) {
      open = false;
      flush();
    } else if (!open && balance > 0) open = true;
  });
  flush();
}

/** Two apostrophes (or backticks) typed for a quotation mark: "Well, this is proof,'' said Ford." */
export const withQuotationMarks = (sentence: string) => sentence.replace(/''|``/g, '"');

const opensWithQuote = (s: string) => /^[“"‘]/.test(s);
const isQuoteOnly = (s: string) => /^[“"]/.test(s) && /[”"][.]?$/.test(s);
/** "…,” she said." or a quote-only sentence: the paragraph ended on its speaker's words. */
const endsQuoting = (s: string) => isQuoteOnly(s) || /[”"],? (?:\p{Ll}+ ){1,3}\p{Ll}+\.$|[”"],? \p{Lu}[\p{L} .'-]* \p{Ll}+\.$/u.test(s);

/** Opening minus closing quotation marks; straight quotes open after a space or at the start. */
function quoteBalance(sentence: string): number {
  let balance = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === "“") balance++;
    else if (c === "”") balance--;
    else if (c === '"') balance += i === 0 || /[\s(\[—–-]/.test(sentence[i - 1]!) ? 1 : -1;
  }
  return balance;
}
