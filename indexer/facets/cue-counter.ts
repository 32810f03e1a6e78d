/**
 * Counts, for each of several lists of cues, how often a sentence holds one of its cues. A cue is
 * a word or a phrase matched whole, words apart by whitespace or a hyphen as written
 * ("cease-fire", "prime minister"); `*` at its end matches any letters after ("negotiat*"); a cue
 * with a capital letter matches only as written ("IS" is not "is"), others in any case. A word
 * that follows a hyphen starts no cue ("fire" is not in "cease-fire").
 *
 * Within one list, occurrences do not overlap and the cue listed first wins where several start
 * at one word ("interest rates" counts once for ["interest rate*", "rate*"]), as one regular
 * expression of the list's cues would count them — but reading each word once, not each list's
 * expression over the whole sentence (the expressions were most of topic's time, measured by
 * bench/extraction.ts).
 *
 * compileCueCounter([["peace talks", "truce"], ["strike*"]])("Truce talks stall as strikes go on") → [1, 1]
 */
export function compileCueCounter(lists: readonly (readonly string[])[]): (sentence: string) => number[] {
  const cues = lists.flatMap((list, at) => list.map((cue, order) => parseCue(cue, at, order)));
  const startsOf = firstWordIndex(cues.filter((c): c is RegularCue => Boolean(c.parts)));
  // ("U.S.", "AT&T": a cue written with other marks is matched by an expression of its own.)
  const irregular = cues.filter((c) => !c.parts).map((c) => ({ list: c.list, pattern: irregularPattern(c) }));
  const groups = lists.length * 2;
  return (sentence) => {
    const counts = new Array<number>(lists.length).fill(0);
    for (const { list, pattern } of irregular) counts[list]! += sentence.match(pattern)?.length ?? 0;
    const words = wordsOf(sentence);
    // Per list and case: the first word a next occurrence may start at (past the last one found).
    const free = new Int32Array(groups);
    for (let j = 0; j < words.length; j++) {
      if (sentence[words[j]!.start - 1] === "-") continue;
      for (const cue of startsOf(words[j]!)) {
        const group = cue.list * 2 + (cue.sensitive ? 1 : 0);
        if (free[group]! > j) continue;
        const end = matchAt(cue, words, j, sentence);
        if (end < 0) continue;
        counts[cue.list]!++;
        free[group] = end + 1;
      }
    }
    return counts;
  };
}

interface RegularCue {
  written: string;
  list: number;
  order: number;
  sensitive: boolean;
  /** The cue's words, in the case they are compared in. */
  parts: string[];
  /** What stands between part k and k + 1: " " (any whitespace) or "-". */
  joins: string[];
  wildcard: boolean;
}

type ParsedCue = RegularCue | (Omit<RegularCue, "parts"> & { parts: undefined });

const CUE = /^[\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+)*\*?$/u;

function parseCue(written: string, list: number, order: number): ParsedCue {
  const sensitive = /\p{Lu}/u.test(written);
  const wildcard = written.endsWith("*");
  if (!CUE.test(written)) return { written, list, order, sensitive, parts: undefined, joins: [], wildcard };
  const body = (wildcard ? written.slice(0, -1) : written).split(/([ -])/);
  const parts = body.filter((_, k) => k % 2 === 0).map((p) => (sensitive ? p : p.toLowerCase()));
  return { written, list, order, sensitive, parts, joins: body.filter((_, k) => k % 2 === 1), wildcard };
}

function irregularPattern({ written, sensitive, wildcard }: ParsedCue): RegExp {
  const escaped = (wildcard ? written.slice(0, -1) : written).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}${wildcard ? "[\\p{L}-]*" : ""}(?![\\p{L}\\p{N}])`, sensitive ? "gu" : "giu");
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(sentence: string): Word[] {
  const words: Word[] = [];
  for (const found of sentence.matchAll(WORD))
    words.push({ text: found[0], lower: found[0].toLowerCase(), start: found.index, end: found.index + found[0].length });
  return words;
}

/** The characters between word `k` and the one before it. */
const gapBefore = (words: Word[], k: number, sentence: string) => sentence.slice(words[k - 1]!.end, words[k]!.start);

/**
 * The cues that may start at a word (its first part equal to the word, or a prefix of it for a
 * one-word cue ending in `*`), in list and cue order; kept per word, as most words recur.
 */
function firstWordIndex(cues: RegularCue[]): (word: Word) => RegularCue[] {
  const exact = new Map<string, RegularCue[]>();
  const prefixes = new Map<string, RegularCue[]>();
  for (const cue of cues) {
    const index = cue.wildcard && cue.parts.length === 1 ? prefixes : exact;
    const key = cue.parts[0]!;
    index.set(key, [...(index.get(key) ?? []), cue]);
  }
  const lengths = [...new Set([...prefixes.keys()].map((p) => p.length))].sort((a, b) => a - b);
  const byKey = (key: string, lower: string) => {
    const found = [...(exact.get(key) ?? []), ...(key === lower ? [] : (exact.get(lower) ?? []))];
    for (const k of lengths) {
      if (k > key.length) break;
      found.push(...(prefixes.get(key.slice(0, k)) ?? []), ...(key === lower ? [] : (prefixes.get(lower.slice(0, k)) ?? [])));
    }
    return found.filter((c) => (c.sensitive ? key : lower).startsWith(c.parts[0]!)).sort((a, b) => a.list - b.list || a.order - b.order);
  };
  const seen = new Map<string, RegularCue[]>();
  return (word) => {
    let found = seen.get(word.text);
    if (!found) {
      if (seen.size >= MAX_SEEN_WORDS) seen.clear();
      found = byKey(word.text, word.lower);
      seen.set(word.text, found);
    }
    return found;
  };
}

const MAX_SEEN_WORDS = 100_000;

/** The index of the last word of `cue` matched from word `j`, or -1. */
function matchAt(cue: RegularCue, words: Word[], j: number, sentence: string): number {
  const last = cue.parts.length - 1;
  for (let k = 0; k <= last; k++) {
    const word = words[j + k];
    if (!word) return -1;
    const text = cue.sensitive ? word.text : word.lower;
    if (k > 0) {
      const gap = gapBefore(words, j + k, sentence);
      if (!(cue.joins[k - 1] === "-" ? gap === "-" : WHITESPACE.test(gap))) return -1;
    }
    if (k === last && cue.wildcard) {
      if (!text.startsWith(cue.parts[k]!) || !LETTERS.test(text.slice(cue.parts[k]!.length))) return -1;
    } else if (text !== cue.parts[k]) return -1;
  }
  // ("strike-related": the letters a * matches run on over hyphens.)
  let end = j + last;
  if (cue.wildcard) while (words[end + 1] && gapBefore(words, end + 1, sentence) === "-" && LETTERS.test(words[end + 1]!.text)) end++;
  return end;
}

const WHITESPACE = /^\s+$/;
const LETTERS = /^\p{L}*$/u;
