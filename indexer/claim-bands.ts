import { BANDS, bandHash, type ClaimTraits } from "./claim-clusterer";
import { CLAIM_TUNING } from "./claims";

/** A claim sentence in the band index: its article's number (kept between runs) and its position. */
export interface SentenceRef {
  article: number;
  position: number;
}

/** One band of a sentence's signature, hashed: sentences that share one are candidates for one claim. */
export interface BandEntry {
  band: number;
  hash: number;
  position: number;
}

/**
 * Where the band index lives: chunks of (hash, article, position) triples, sorted by hash, one
 * per band and top 12 bits of hash (65,536 at most; about 2.3 kB each at a million sentences),
 * so a change rewrites the few chunks it touches, not the index.
 */
export interface BandChunks {
  get(key: number): Uint32Array | undefined;
  /** Stores a chunk; an empty one is removed. */
  put(key: number, triples: Uint32Array): void;
}

const chunkKey = (band: number, hash: number) => band * 4096 + (hash >>> 20);

/** Every band hash of an article's claim sentences. */
export function bandEntries(traits: ClaimTraits): BandEntry[] {
  const k = CLAIM_TUNING.hashes;
  const entries: BandEntry[] = [];
  traits.signed.forEach((position, i) => {
    const signature = traits.signatures.subarray(i * k, (i + 1) * k);
    for (let band = 0; band < BANDS; band++) entries.push({ band, hash: bandHash(signature, band), position });
  });
  return entries;
}

/**
 * The band hashes of every claim sentence of a corpus, kept between runs: what the sentences
 * of a changed article may share a claim with is looked up, not found by sorting the corpus.
 */
export class BandIndex {
  constructor(private readonly chunks: BandChunks) {}

  /** The sentences with this hash in this band. */
  lookup(band: number, hash: number): SentenceRef[] {
    const triples = this.chunks.get(chunkKey(band, hash));
    const found: SentenceRef[] = [];
    if (!triples) return found;
    for (let i = lowerBound(triples, hash); i < triples.length / 3 && triples[i * 3] === hash; i++) {
      found.push({ article: triples[i * 3 + 1]!, position: triples[i * 3 + 2]! });
    }
    return found;
  }

  /** Removes the entries of some articles and adds others', each chunk touched rewritten once. */
  update(changes: { article: number; removed: BandEntry[]; added: BandEntry[] }[]): void {
    const touched = new Map<number, { drop: Set<string>; add: number[] }>();
    const at = (band: number, hash: number) => {
      const key = chunkKey(band, hash);
      return touched.get(key) ?? touched.set(key, { drop: new Set(), add: [] }).get(key)!;
    };
    for (const { article, removed, added } of changes) {
      for (const e of removed) at(e.band, e.hash).drop.add(`${e.hash}:${article}:${e.position}`);
      for (const e of added) at(e.band, e.hash).add.push(e.hash, article, e.position);
    }
    for (const [key, { drop, add }] of touched) {
      const kept: number[] = [];
      const old = this.chunks.get(key) ?? new Uint32Array(0);
      for (let i = 0; i < old.length; i += 3) {
        if (!drop.has(`${old[i]}:${old[i + 1]}:${old[i + 2]}`)) kept.push(old[i]!, old[i + 1]!, old[i + 2]!);
      }
      kept.push(...add);
      this.chunks.put(key, sortTriples(Uint32Array.from(kept)));
    }
  }

  /**
   * Writes the index of a whole corpus, replacing every chunk, band by band (one band's entries
   * held at a time): `band` gives each claim sentence's hash in it, with its article and position.
   */
  static write(
    chunks: BandChunks & { clear(): void },
    band: (band: number) => BandColumns,
    /** Runs the writes of one band (in a transaction of its own, say). */
    perBand: (write: () => void) => void = (write) => write(),
  ): BandIndex {
    chunks.clear();
    for (let b = 0; b < BANDS; b++) perBand(() => BandIndex.writeBand(chunks, b, band(b)));
    return new BandIndex(chunks);
  }

  private static writeBand(chunks: BandChunks, b: number, { hashes, articles, positions }: BandColumns): void {
    // Entries by chunk (a counting sort on the hash's top 12 bits), then each chunk by hash.
    const starts = new Uint32Array(4097);
    for (const hash of hashes) starts[(hash >>> 20) + 1]!++;
    for (let c = 0; c < 4096; c++) starts[c + 1]! += starts[c]!;
    const order = new Uint32Array(hashes.length);
    const next = starts.slice(0, 4096);
    for (let i = 0; i < hashes.length; i++) order[next[hashes[i]! >>> 20]!++] = i;
    for (let c = 0; c < 4096; c++) {
      const [start, end] = [starts[c]!, starts[c + 1]!];
      if (start === end) continue;
      // 20 bits of hash above 23 of entry: exact in a double; entries of one hash stay in sentence order.
      const keys = Float64Array.from(order.subarray(start, end), (i) => (hashes[i]! & 0xfffff) * 2 ** 23 + i).sort();
      const triples = new Uint32Array((end - start) * 3);
      keys.forEach((key, j) => {
        const i = key % 2 ** 23;
        triples[j * 3] = hashes[i]!;
        triples[j * 3 + 1] = articles[i]!;
        triples[j * 3 + 2] = positions[i]!;
      });
      chunks.put(b * 4096 + c, triples);
    }
  }
}

/** One band of a corpus's claim sentences, in sentence order: each one's hash, article number and position. */
export interface BandColumns {
  hashes: Uint32Array;
  articles: Uint32Array;
  positions: Uint32Array;
}

/** The first triple whose hash is not below `hash`. */
function lowerBound(triples: Uint32Array, hash: number): number {
  let [lo, hi] = [0, triples.length / 3];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (triples[mid * 3]! < hash) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Triples sorted by hash, then article, then position (so equal content is stored the same). */
function sortTriples(triples: Uint32Array): Uint32Array {
  const order = Array.from({ length: triples.length / 3 }, (_, i) => i).sort(
    (a, b) => triples[a * 3]! - triples[b * 3]! || triples[a * 3 + 1]! - triples[b * 3 + 1]! || triples[a * 3 + 2]! - triples[b * 3 + 2]!,
  );
  const sorted = new Uint32Array(triples.length);
  for (const [to, from] of order.entries()) sorted.set(triples.subarray(from * 3, from * 3 + 3), to * 3);
  return sorted;
}

/**
 * The sentences whose claims a change may alter: every sentence connected to the changed ones
 * through shared band hashes, however far, by article. Claims never cross such a component
 * (candidates share a band hash), and the clusterer takes sentences in id order, so assigning
 * the component alone gives its sentences the claims a run over the whole corpus gives them.
 * `entriesOf` gives an article's band entries now. Undefined past `limit` sentences.
 */
export function claimComponent(
  index: BandIndex,
  seeds: { band: number; hash: number }[],
  entriesOf: (article: number) => BandEntry[],
  limit = Number.POSITIVE_INFINITY,
): Map<number, Set<number>> | undefined {
  const component = new Map<number, Set<number>>();
  let size = 0;
  const seen = new Set<string>();
  const queue = [...seeds];
  while (queue.length) {
    const { band, hash } = queue.pop()!;
    const key = `${band}:${hash}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const { article, position } of index.lookup(band, hash)) {
      const positions = component.get(article) ?? component.set(article, new Set()).get(article)!;
      if (positions.has(position)) continue;
      positions.add(position);
      if (++size > limit) return undefined;
      for (const entry of entriesOf(article)) if (entry.position === position) queue.push(entry);
    }
  }
  return component;
}
