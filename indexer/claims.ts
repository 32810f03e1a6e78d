/**
 * Repeated reports: near-duplicate sentences across the corpus get one claim id.
 *
 * Each sentence becomes a set of word shingles, summarised by a MinHash signature; sentences
 * whose signatures collide in any LSH band are candidates, and a candidate joins a claim only
 * when the signatures agree on at least `threshold` of their positions (an estimate of the
 * shingles' Jaccard similarity). Claims are the connected components, so the result does not
 * depend on the order the articles were read in. The clusterer is `claim-clusterer.ts`; the
 * rules it applies are here.
 */
export const CLAIM_TUNING = {
  /** Words per shingle: pairs keep a one-word edit in a 15-word sentence above the threshold. */
  shingleWords: 2,
  hashes: 48,
  /** 16 bands of 3 rows: a pair at similarity 0.55 becomes a candidate with p ≈ 0.95, at 0.2 with p ≈ 0.12. */
  rowsPerBand: 3,
  /**
   * Estimated Jaccard similarity of shingles from which two sentences are one claim. Read off
   * WikiRef220 and Reuters pairs: rewordings of one report sit from about 0.5 up, while wire
   * boilerplate about different subjects ("X did not respond to a request for comment") sits
   * at 0.5–0.57.
   */
  threshold: 0.55,
  /** Shorter sentences ("He declined to comment.") are common phrases, not claims. */
  minWords: 6,
  /** Candidates checked per LSH bucket: enough for clusters, bounded for boilerplate. */
  bucketChecks: 8,
} as const;

/** "Assad’s future, 3.6 pct…" → ["assad's", "future", "3.6", "pct"] */
export function claimWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .match(/\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}']+/gu)
      ?.map((w) => w.replace(/^'+|'+$/g, ""))
      .filter(Boolean) ?? []
  );
}

/** FNV-1a, 32 bits: a fast, stable hash for shingles. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Fixed multipliers and offsets, so signatures are the same in every run.
const SEEDS = Array.from({ length: CLAIM_TUNING.hashes * 2 }, (_, i) => fnv1a(`parley-minhash-${i}`) | 1);

/** The MinHash signature of a sentence, or undefined when it is too short to be a claim. */
export function claimSignature(text: string): Uint32Array | undefined {
  const words = claimWords(text);
  if (words.length < CLAIM_TUNING.minWords) return undefined;
  const k = CLAIM_TUNING.shingleWords;
  const shingles = new Set<number>();
  for (let i = 0; i + k <= words.length; i++) shingles.add(fnv1a(words.slice(i, i + k).join(" ")));
  const signature = new Uint32Array(CLAIM_TUNING.hashes).fill(0xffffffff);
  for (const s of shingles) {
    for (let h = 0; h < CLAIM_TUNING.hashes; h++) {
      const v = (Math.imul(s ^ SEEDS[2 * h + 1]!, SEEDS[2 * h]!) ^ (s >>> 15)) >>> 0;
      if (v < signature[h]!) signature[h] = v;
    }
  }
  return signature;
}

/** What must agree besides the wording: figures, names and polarity make a different claim. */
export interface ClaimGuard {
  /** Figures, in digits or words ("3.6", "2014", "three"). */
  numbers: string[];
  /** Capitalised words ("White", "House", "GSA"): who the claim is about or from. */
  names: string[];
  negated: boolean;
}

const NEGATION = new Set(["not", "no", "never", "nor", "cannot", "neither", "without"]);
const NUMBER_WORDS = new Set(
  "none zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen half first second third".split(
    " ",
  ),
);
// Capitalised after a quote or a colon without naming anyone.
const CAPITALISED_FUNCTION_WORDS = new Set(
  "the a an and but or if in on at of for to he she it they we i you his her its their our this that these those there mr mrs ms dr".split(
    " ",
  ),
);

/** "The GSA did not say why profit fell 3.6 pct" → { numbers: ["3.6"], names: ["gsa"], negated: true } */
export function claimGuard(text: string): ClaimGuard {
  const words = claimWords(text);
  const names = text
    .split(/[^\p{L}\p{N}'’.-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.replace(/['’]s$|[.'’]+$/, "").toLowerCase())
    .filter((w) => w && !CAPITALISED_FUNCTION_WORDS.has(w));
  return {
    numbers: [...new Set(words.filter((w) => /\d/.test(w) || NUMBER_WORDS.has(w)))],
    names: [...new Set(names)],
    negated: words.some((w) => NEGATION.has(w) || w.endsWith("n't")),
  };
}

/** Guard words as sorted 32-bit hashes: how the clusterer stores them. */
export function guardHashes(words: readonly string[]): number[] {
  return words.map(fnv1a).sort((x, y) => x - y);
}

/** Whether the smaller of two sorted hash lists is inside the larger (one merge pass). */
export function nested(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  let j = 0;
  for (let i = 0; i < small.length; i++) {
    while (j < large.length && large[j]! < small[i]!) j++;
    if (j === large.length || large[j] !== small[i]) return false;
  }
  return true;
}
