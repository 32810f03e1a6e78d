/**
 * Sentence segmentation for news English. Works on the text, not on lines: a line may hold
 * several sentences, and a line broken in mid-sentence (lower-case continuation) is joined.
 *
 * segment("U.S. envoy John Kerry arrived on Dec. 15. He met Lavrov.")
 *   → ["U.S. envoy John Kerry arrived on Dec. 15.", "He met Lavrov."]
 */

/** Sentences longer than this are split at a word boundary (never truncated). */
export const MAX_SENTENCE_CHARS = 2000;

// Titles and words that are followed by a name or a number, never by a sentence end.
const NEVER_FINAL = new Set(
  (
    "mr mrs ms dr prof gen sen rep gov lt col sgt capt cmdr adm maj rev hon pres supt det insp " +
    "st mt ft no nos vs v fig approx dept univ messrs mssrs e.g i.e cf al"
  ).split(" "),
);
// Abbreviations that usually sit inside a sentence but may end one.
const USUALLY_INTERNAL = new Set(
  (
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun " +
    "inc ltd corp co bros jr sr etc est ave blvd rd"
  ).split(" "),
);
// Words that start sentences often enough to outweigh an abbreviation before them ("… in the U.S. The …").
const SENTENCE_STARTERS = new Set(
  (
    "the a an he she it they we i you this that these those there but and so yet however " +
    "in on at for if when while after before as his her its their our my what who why how " +
    "meanwhile still also then now one some many most"
  ).split(" "),
);

const TERMINATOR = /[.!?…]/;
const CLOSERS = /[”"’')\]»]/;
const OPENERS = /[“"‘'([«]/;

/** Splits a body of text into sentences. */
export function segment(text: string): string[] {
  return segmentParagraphs(text).sentences;
}

/** Sentences, and the index of each sentence that opens a paragraph. */
export function segmentParagraphs(text: string): { sentences: string[]; paragraphStarts: Set<number> } {
  const sentences: string[] = [];
  const paragraphStarts = new Set<number>();
  for (const paragraph of paragraphs(text)) {
    paragraphStarts.add(sentences.length);
    for (const sentence of splitParagraph(paragraph)) sentences.push(...splitOverlong(sentence));
  }
  return { sentences, paragraphStarts };
}

/** Lines joined into paragraphs: a blank line or a finished line ends one. */
export function paragraphs(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim());
  const out: string[] = [];
  let current = "";
  for (const line of lines) {
    if (!line) {
      if (current) out.push(current);
      current = "";
      continue;
    }
    // A hard-wrapped line continues in lower case after a line that did not finish.
    if (current && /^[a-z]/.test(line) && !/[.!?:”"]$/.test(current)) current += ` ${line}`;
    else {
      if (current) out.push(current);
      current = line;
    }
  }
  if (current) out.push(current);
  return out;
}

function splitParagraph(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < paragraph.length) {
    if (!TERMINATOR.test(paragraph[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < paragraph.length && (TERMINATOR.test(paragraph[end]!) || CLOSERS.test(paragraph[end]!))) end++;
    if (end < paragraph.length && paragraph[end] !== " ") {
      i = end;
      continue;
    }
    if (isBoundary(paragraph, start, i, end)) {
      const sentence = paragraph.slice(start, end).trim();
      if (sentence) out.push(sentence);
      start = end + 1;
    }
    i = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Whether the terminator at `at` (its run ending at `end`) closes a sentence. */
function isBoundary(text: string, start: number, at: number, end: number): boolean {
  const next = nextWord(text, end);
  if (!next) return true;
  const first = next.replace(OPENERS, "")[0] ?? "";
  // “…” he said. / the U.S. has: lower case never starts a sentence.
  if (/[a-z]/.test(first)) return false;
  // ("accuracy. @handle : - …": an account's handle opens a post as a capital would.)
  if (!/[A-Z0-9@]/.test(first) && !OPENERS.test(next[0]!)) return false;
  if (text[at] !== ".") return true;
  // “… say no.” Then: a full stop inside a closing quote ends the sentence, whatever word it follows.
  if (/[”"’]/.test(text[at + 1] ?? "")) return true;
  const word = wordBefore(text, start, at);
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  const nextIsStarter = SENTENCE_STARTERS.has(
    next
      .replace(/^[“"‘'([«]+/, "")
      .replace(/[^A-Za-z].*$/, "")
      .toLowerCase(),
  );
  if (/^\d/.test(first)) return !USUALLY_INTERNAL.has(lower) && !isAcronym(word);
  // A single capital is an initial (John F. Kennedy).
  if (/^[A-Z]$/.test(word)) return false;
  if (isAcronym(word) || USUALLY_INTERNAL.has(lower)) return nextIsStarter;
  return true;
}

/** U.S, U.N, a.m: letters separated by dots (the final dot is the terminator). */
function isAcronym(word: string): boolean {
  return /^([A-Za-z]\.)+[A-Za-z]$/.test(word);
}

function wordBefore(text: string, start: number, at: number): string {
  let i = at;
  while (i > start && /[A-Za-z.]/.test(text[i - 1]!)) i--;
  return text.slice(i, at).replace(/^\.+/, "");
}

function nextWord(text: string, end: number): string {
  const match = /^\s*(\S+)/.exec(text.slice(end, end + 60));
  return match?.[1] ?? "";
}

/** Splits a sentence longer than the limit at the last space before it (or hard, if none). */
export function splitOverlong(sentence: string, limit = MAX_SENTENCE_CHARS): string[] {
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > limit) {
    const space = rest.lastIndexOf(" ", limit);
    const cut = space > limit / 2 ? space : limit;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
}
