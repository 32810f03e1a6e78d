import type { BandColumns } from "./claim-bands";
import { CLAIM_TUNING, claimGuard, claimSignature, guardHashes, nested } from "./claims";

/** What a sentence's claim is: its id (shared by its near-duplicates) and how many articles report it. */
export interface ClaimAssignment {
  claimId: string;
  claimArticles: number;
  /** How many sentences report it. */
  versions: number;
}

/**
 * What the clusterer keeps of an article's sentences, worked out from their text alone (so the
 * build cache keeps it between runs): the sentences long enough to be claims, each with its
 * signature and guards.
 */
export interface ClaimTraits {
  /** Sentences in the article. */
  sentences: number;
  /** Positions of the sentences that may be claims, ascending. */
  signed: number[];
  /** Their signatures, 16 bits of each MinHash minimum, CLAIM_TUNING.hashes per sentence. */
  signatures: Uint16Array;
  negated: boolean[];
  /** Their guards' figures and names, as sorted hashes. */
  numbers: number[][];
  names: number[][];
}

/** An article's sentences → what the clusterer keeps of them. */
export function claimTraits(sentences: readonly string[]): ClaimTraits {
  const traits: ClaimTraits = {
    sentences: sentences.length,
    signed: [],
    signatures: new Uint16Array(0),
    negated: [],
    numbers: [],
    names: [],
  };
  const signatures: Uint32Array[] = [];
  sentences.forEach((text, position) => {
    const signature = claimSignature(text);
    if (!signature) return;
    const guard = claimGuard(text);
    traits.signed.push(position);
    signatures.push(signature);
    traits.negated.push(guard.negated);
    traits.numbers.push(guardHashes(guard.numbers));
    traits.names.push(guardHashes(guard.names));
  });
  const k = CLAIM_TUNING.hashes;
  traits.signatures = new Uint16Array(signatures.length * k);
  // 16 bits of each minimum: equal by chance once in 65,536, plenty for an estimate.
  signatures.forEach((signature, i) => {
    for (let h = 0; h < k; h++) traits.signatures[i * k + h] = signature[h]! & 0xffff;
  });
  return traits;
}

/** A growable typed array: per-sentence state in a few flat buffers, not an object per sentence. */
class Column<T extends Uint32Array | Uint16Array> {
  length = 0;
  constructor(
    private data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(...values: number[]): void {
    if (this.length + values.length > this.data.length) {
      // 1.5×, not 2×: at a million sentences the signatures alone are ~100 MB.
      const grown = this.make(Math.max(Math.ceil(this.data.length * 1.5), this.length + values.length));
      grown.set(this.data);
      this.data = grown;
    }
    for (const v of values) this.data[this.length++] = v;
  }
  get(i: number): number {
    return this.data[i]!;
  }
  view(from: number, to: number): T {
    return this.data.subarray(from, to) as T;
  }
  /** Lets the buffer go. */
  clear(): void {
    this.data = this.make(0);
    this.length = 0;
  }
}

const u32 = (n: number) => new Uint32Array(n);
const u16 = (n: number) => new Uint16Array(n);

/**
 * Collects the sentences of the whole input, article by article, then assigns claims. Memory is
 * a few flat buffers (≈ 130 bytes a sentence: a 16-bit MinHash signature, guard hashes, links),
 * so a million sentences fit. A claim's id is the smallest sentence id in it, so it is stable
 * across runs over the same input; a sentence alone in its claim gets its own id.
 */
export class ClaimClusterer {
  private readonly articleIds: string[] = [];
  private readonly articleOf = new Column(u32(1024), u32);
  private readonly firstSentence = new Map<string, number>();
  /** 16 bits of each MinHash minimum: equal by chance once in 65,536, plenty for an estimate. */
  private readonly signatures = new Column(u16(1024 * CLAIM_TUNING.hashes), u16);
  /** Index into `signatures` / the guard pools, or NONE for a sentence too short to be a claim. */
  private readonly slot = new Column(u32(1024), u32);
  private readonly guards = {
    negated: new Column(u32(1024), u32),
    numbers: { start: new Column(u32(1024), u32), data: new Column(u32(1024), u32) },
    names: { start: new Column(u32(1024), u32), data: new Column(u32(1024), u32) },
  };
  private parent = new Int32Array(0);
  /** Each sentence's place in id order. */
  private rank = new Int32Array(0);
  private released = false;

  /** Adds one article's sentences, in order (their positions are their indexes). */
  addArticle(articleId: string, sentences: readonly string[]): void {
    this.addTraits(articleId, claimTraits(sentences));
  }

  /** Adds one article by what `claimTraits` found in its sentences (kept from an earlier run, or new). */
  addTraits(articleId: string, traits: ClaimTraits): void {
    if (this.released) throw new Error("the clusterer has assigned its claims: it takes no more articles");
    const article = this.articleIds.length;
    this.articleIds.push(articleId);
    this.firstSentence.set(articleId, this.articleOf.length);
    let next = 0;
    for (let position = 0; position < traits.sentences; position++) {
      this.articleOf.push(article);
      if (traits.signed[next] !== position) {
        this.slot.push(NONE);
        continue;
      }
      const slot = this.guards.negated.length;
      this.slot.push(slot);
      const k = CLAIM_TUNING.hashes;
      for (let h = 0; h < k; h++) this.signatures.push(traits.signatures[next * k + h]!);
      this.guards.negated.push(traits.negated[next] ? 1 : 0);
      for (const [pool, hashes] of [
        [this.guards.numbers, traits.numbers[next]!],
        [this.guards.names, traits.names[next]!],
      ] as const) {
        pool.start.push(pool.data.length);
        pool.data.push(...hashes);
      }
      next++;
    }
  }

  /**
   * Every sentence's claim: candidates are the sentences that share a band of their signature
   * (found by sorting each band's hashes, not with a table per band), joined when similar to
   * each other and to the claim's first sentence, and their guards agree. Sentences are taken in
   * the order of their ids, not of the input: the claims of a corpus do not depend on the order
   * its files are read in, and a part of it assigned again alone comes out the same.
   */
  assign(): ClaimIndex {
    const n = this.articleOf.length;
    const order = this.idOrder();
    this.rank = new Int32Array(n);
    for (const [r, i] of order.entries()) this.rank[i] = r;
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
    const keys = new Float64Array(n);
    for (let band = 0; band < BANDS; band++) {
      let count = 0;
      for (let r = 0; r < n; r++) {
        const slot = this.slot.get(order[r]!);
        if (slot === NONE) continue;
        // 30 bits of band hash above 23 bits of rank: exact in a double, sorted natively.
        keys[count++] =
          (bandHash(this.signatures.view(slot * CLAIM_TUNING.hashes, (slot + 1) * CLAIM_TUNING.hashes), band) >>> 2) * 2 ** 23 + r;
      }
      const sorted = keys.subarray(0, count).sort();
      const at = (k: number) => order[sorted[k]! % 2 ** 23]!;
      for (let start = 0; start < count; ) {
        const bucket = Math.floor(sorted[start]! / 2 ** 23);
        let end = start + 1;
        while (end < count && Math.floor(sorted[end]! / 2 ** 23) === bucket) end++;
        for (let a = start + 1; a < end; a++) {
          for (let b = start; b < Math.min(a, start + CLAIM_TUNING.bucketChecks); b++) this.consider(at(a), at(b));
        }
        start = end;
      }
    }
    const index = new ClaimIndex(this.articleIds, this.firstSentence, (i) => this.find(i), this.articleOf, order);
    this.release();
    return index;
  }

  /**
   * After `assign`, the per-sentence buffers are let go (at a million sentences the signatures
   * alone are 96 MB, and the clusterer lives as long as the run): it can take no more articles.
   */
  private release(): void {
    this.released = true;
    const { negated, numbers, names } = this.guards;
    for (const column of [this.signatures, this.slot, negated, numbers.start, numbers.data, names.start, names.data]) column.clear();
    this.parent = new Int32Array(0);
    this.rank = new Int32Array(0);
  }

  /** Sentence indexes in the order of their articles' ids, then positions. */
  private idOrder(): Int32Array {
    const order = new Int32Array(this.articleOf.length);
    const byId = this.articleIds.map((id, a) => [id, a] as const).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    let r = 0;
    for (const [id] of byId) {
      const first = this.firstSentence.get(id)!;
      for (let i = first; i < this.articleOf.length && this.articleIds[this.articleOf.get(i)] === id; i++) order[r++] = i;
    }
    return order;
  }

  /** The articles added, in order (an article's number in the band index is its place here). */
  get articles(): readonly string[] {
    return this.articleIds;
  }

  /** Sentences added. */
  get sentences(): number {
    return this.articleOf.length;
  }

  /** Each claim sentence's hash in one band, with its article's number (its place here) and position. */
  bandColumns(band: number): BandColumns {
    if (this.released) throw new Error("the clusterer has assigned its claims: its signatures are gone");
    const k = CLAIM_TUNING.hashes;
    const n = this.guards.negated.length;
    const columns = { hashes: new Uint32Array(n), articles: new Uint32Array(n), positions: new Uint32Array(n) };
    let j = 0;
    let first = 0;
    for (let i = 0; i < this.articleOf.length; i++) {
      const article = this.articleOf.get(i);
      if (i === 0 || article !== this.articleOf.get(i - 1)) first = i;
      const slot = this.slot.get(i);
      if (slot === NONE) continue;
      columns.hashes[j] = bandHash(this.signatures.view(slot * k, (slot + 1) * k), band);
      columns.articles[j] = article;
      columns.positions[j++] = i - first;
    }
    return columns;
  }

  private consider(index: number, other: number): void {
    // Similar to the candidate and to its claim's first sentence: no drift along a chain.
    const root = this.find(other);
    if (root !== this.find(index) && this.joins(index, other) && (root === other || this.joins(index, root))) this.union(other, index);
  }

  private joins(a: number, b: number): boolean {
    const [sa, sb] = [this.slot.get(a), this.slot.get(b)];
    const k = CLAIM_TUNING.hashes;
    let same = 0;
    for (let h = 0; h < k; h++) if (this.signatures.get(sa * k + h) === this.signatures.get(sb * k + h)) same++;
    // Guards: the same polarity, and the figures and names of one all in the other ("div 3.6
    // cts" and "div 6.9 cts" are two claims; "Truss said" and "Mr Truss said" may be one).
    if (same / k < CLAIM_TUNING.threshold || this.guards.negated.get(sa) !== this.guards.negated.get(sb)) return false;
    return [this.guards.numbers, this.guards.names].every((pool) => nested(this.hashes(pool, sa), this.hashes(pool, sb)));
  }

  private hashes(pool: { start: Column<Uint32Array>; data: Column<Uint32Array> }, slot: number): Uint32Array {
    const end = slot + 1 < pool.start.length ? pool.start.get(slot + 1) : pool.data.length;
    return pool.data.view(pool.start.get(slot), end);
  }

  private find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }

  /** A claim's root is its first sentence in id order. */
  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (this.rank[ra]! < this.rank[rb]!) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }
}

const NONE = 0xffffffff;
export const BANDS = Math.floor(CLAIM_TUNING.hashes / CLAIM_TUNING.rowsPerBand);

/** The hash of one band of a signature (FNV-1a over its rows): sentences that share one are candidates. */
export function bandHash(signature: ArrayLike<number>, band: number): number {
  const rows = CLAIM_TUNING.rowsPerBand;
  let h = 0x811c9dc5 ^ band;
  for (let r = 0; r < rows; r++) h = Math.imul(h ^ signature[band * rows + r]!, 0x01000193);
  return h >>> 0;
}

/** The claims assigned over a corpus, looked up by article and position. */
export class ClaimIndex {
  /** Each sentence's claim root (its first sentence in id order): 4 bytes a sentence. */
  private readonly roots: Int32Array;
  /** Only claims of more than one sentence: a sentence alone is its own claim. */
  private readonly claims = new Map<number, ClaimAssignment>();

  constructor(
    private readonly articleIds: string[],
    private readonly firstSentence: Map<string, number>,
    find: (i: number) => number,
    articleOf: { length: number; get(i: number): number },
    order: Int32Array,
  ) {
    this.roots = Int32Array.from({ length: articleOf.length }, (_, i) => find(i));
    const idOf = (i: number) => {
      const articleId = this.articleIds[articleOf.get(i)]!;
      return `${articleId}-${i - this.firstSentence.get(articleId)!}`;
    };
    const groups = new Map<number, { claimId: string; articles: Set<number>; versions: number }>();
    for (const i of order) {
      const root = this.roots[i]!;
      // A root is its claim's first sentence in id order, so it is seen before its members.
      if (root === i) continue;
      const group =
        groups.get(root) ?? groups.set(root, { claimId: idOf(root), articles: new Set([articleOf.get(root)]), versions: 1 }).get(root)!;
      group.versions++;
      const id = idOf(i);
      if (id < group.claimId) group.claimId = id;
      group.articles.add(articleOf.get(i));
    }
    for (const [root, group] of groups)
      this.claims.set(root, { claimId: group.claimId, claimArticles: group.articles.size, versions: group.versions });
  }

  /** The claim of an article's sentence; undefined for a sentence alone in its claim or unknown. */
  claimOf(articleId: string, position: number): ClaimAssignment | undefined {
    const first = this.firstSentence.get(articleId);
    return first === undefined ? undefined : this.claims.get(this.roots[first + position]!);
  }
}

/** An article's traits with only some of its sentences signed (the others are not claims here). */
export function restrictTraits(traits: ClaimTraits, positions: ReadonlySet<number>): ClaimTraits {
  const k = CLAIM_TUNING.hashes;
  const keep = traits.signed.flatMap((position, i) => (positions.has(position) ? [i] : []));
  const signatures = new Uint16Array(keep.length * k);
  for (const [j, i] of keep.entries()) signatures.set(traits.signatures.subarray(i * k, (i + 1) * k), j * k);
  return {
    sentences: traits.sentences,
    signed: keep.map((i) => traits.signed[i]!),
    signatures,
    negated: keep.map((i) => traits.negated[i]!),
    numbers: keep.map((i) => traits.numbers[i]!),
    names: keep.map((i) => traits.names[i]!),
  };
}

/**
 * The claims of some sentences assigned alone (a component of the band index, by article):
 * each sentence's claim, or null for one alone in its claim.
 */
export function assignSentences(
  sentences: ReadonlyMap<string, { traits: ClaimTraits; positions: ReadonlySet<number> }>,
): Map<string, Map<number, ClaimAssignment | null>> {
  const clusterer = new ClaimClusterer();
  for (const [id, { traits, positions }] of sentences) clusterer.addTraits(id, restrictTraits(traits, positions));
  const claims = clusterer.assign();
  return new Map([...sentences].map(([id, { positions }]) => [id, new Map([...positions].map((p) => [p, claims.claimOf(id, p) ?? null]))]));
}
