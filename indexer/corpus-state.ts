import type { Database, RootDatabase } from "lmdb";
import { BandIndex, bandEntries, claimComponent, type BandChunks, type BandColumns, type BandEntry } from "./claim-bands";
import { assignSentences, type ClaimAssignment } from "./claim-clusterer";
import { registryOf, type Observations } from "./corpus-pass";

/** What a whole corpus pass leaves: its articles in order (their numbers), the names it saw, each band's hashes. */
export interface CorpusSnapshot {
  articles: readonly string[];
  sentences: number;
  nameCounts: ReadonlyMap<string, number>;
  band(band: number): BandColumns;
}

/** An article the run found new, changed or gone: what the first pass learnt of it before and now. */
export interface ArticleChange {
  id: string;
  before?: Observations;
  after?: Observations;
}

/** What a partial run learns of the corpus: every name's canonical value, and the claims a change may alter. */
export interface CorpusUpdate {
  canonicalSpeaker: (name: string) => string;
  /** Articles (unchanged themselves) whose speakers' canonical values changed. */
  speakersChanged: Set<string>;
  /** The claim of every sentence connected to a changed one (null: alone in its claim), by article and position. */
  claims: Map<string, Map<number, ClaimAssignment | null>>;
}

/**
 * Past this many sentences connected to a change, its claims are assigned by a whole pass
 * instead (the corpus repeats one sentence everywhere: a whole pass sorts, it does not look up).
 */
export const COMPONENT_LIMIT = 200_000;

/**
 * What the corpus pass knows of the whole input, kept between runs beside the build cache: how
 * often each full name was seen, and the band index of every claim sentence (articles by
 * number). A run that changes a few articles updates it and asks it, instead of going over the
 * corpus: names are counted up and down, and only the sentences connected to a changed one
 * through shared band hashes have their claims assigned again.
 */
export class CorpusState {
  private constructor(
    private readonly names: Database<number, string>,
    private readonly numbers: Database<number, string>,
    private readonly ids: Database<string, number>,
    private readonly chunks: Database<Buffer, number>,
    private readonly meta: Database<number, string>,
  ) {}

  static open(root: RootDatabase): CorpusState {
    return new CorpusState(
      root.openDB({ name: "corpus-names" }),
      root.openDB({ name: "corpus-article-numbers" }),
      root.openDB({ name: "corpus-article-ids", keyEncoding: "uint32" }),
      root.openDB({ name: "corpus-bands", keyEncoding: "uint32", encoding: "binary" }),
      root.openDB({ name: "corpus-meta" }),
    );
  }

  /** Whether a whole run has written the state (an incremental run needs it). */
  get written(): boolean {
    return this.meta.get("nextArticle") !== undefined;
  }

  /**
   * Replaces the state with a whole corpus pass's, in several transactions, not one: a
   * transaction holds the pages it writes in memory until it commits (the bands of a million
   * sentences are 170 MB). Until the last one commits, the state reads as not written.
   */
  rewrite(pass: CorpusSnapshot): void {
    this.meta.transactionSync(() => {
      this.meta.clearSync();
      this.names.clearSync();
      this.numbers.clearSync();
      this.ids.clearSync();
    });
    BandIndex.write(
      this.bandChunks(),
      (band) => pass.band(band),
      (write) => this.chunks.transactionSync(write),
    );
    this.meta.transactionSync(() => {
      pass.articles.forEach((id, number) => {
        this.numbers.putSync(id, number);
        this.ids.putSync(number, id);
      });
      for (const [name, count] of pass.nameCounts) this.names.putSync(name, count);
      this.meta.putSync("nextArticle", pass.articles.length);
      this.meta.putSync("sentences", pass.sentences);
    });
  }

  /** How many sentences the corpus has. */
  get sentences(): number {
    return this.meta.get("sentences") ?? 0;
  }

  /**
   * Applies the changes of a run (`observationsOf` gives any article's observations as they now
   * are) and answers for it; undefined when the change reaches too far (a whole pass is cheaper).
   * `speakersChanged` names the articles that asked for a name whose canonical value is now
   * different: their claims are assigned again too (a claim carries its versions' speakers).
   */
  update(
    changes: ArticleChange[],
    observationsOf: (id: string) => Observations | undefined,
    speakersChanged: (canonical: (name: string) => string) => Set<string> = () => new Set(),
  ): CorpusUpdate | undefined {
    let result: CorpusUpdate | undefined;
    this.meta.transactionSync(() => {
      const index = new BandIndex(this.bandChunks());
      const seeds: BandEntry[] = [];
      let sentences = this.sentences;
      const bandChanges = changes.map(({ id, before, after }) => {
        sentences += (after?.claims.sentences ?? 0) - (before?.claims.sentences ?? 0);
        this.countNames(before?.names ?? [], -1);
        this.countNames(after?.names ?? [], 1);
        const removed = before ? bandEntries(before.claims) : [];
        const added = after ? bandEntries(after.claims) : [];
        seeds.push(...removed, ...added);
        return { article: this.numberOf(id, after !== undefined), removed, added };
      });
      index.update(bandChanges.filter((c) => c.article !== undefined) as { article: number; removed: BandEntry[]; added: BandEntry[] }[]);
      for (const { id, after } of changes) {
        if (after) continue;
        const number = this.numbers.get(id);
        if (number === undefined) continue;
        this.numbers.removeSync(id);
        this.ids.removeSync(number);
      }
      const traits = new Map<number, { id: string; observations: Observations }>();
      const current = (number: number) => {
        if (!traits.has(number)) {
          const id = this.ids.get(number)!;
          traits.set(number, { id, observations: observationsOf(id)! });
        }
        return traits.get(number)!;
      };
      this.meta.putSync("sentences", sentences);
      const canonicalSpeaker = registryOf(new Map(this.names.getRange().map(({ key, value }) => [key, value])));
      const changedIds = new Set(changes.map((c) => c.id));
      const speakers = new Set(
        [...speakersChanged(canonicalSpeaker)].filter((id) => !changedIds.has(id) && this.numbers.get(id) !== undefined),
      );
      for (const id of speakers) seeds.push(...bandEntries(observationsOf(id)!.claims));
      const component = claimComponent(index, seeds, (number) => bandEntries(current(number).observations.claims), COMPONENT_LIMIT);
      if (!component) return;
      const claims = assignSentences(
        new Map(
          [...component].map(([number, positions]) => {
            const { id, observations } = current(number);
            return [id, { traits: observations.claims, positions }];
          }),
        ),
      );
      result = { canonicalSpeaker, speakersChanged: speakers, claims };
    });
    return result;
  }

  private countNames(names: readonly string[], by: 1 | -1): void {
    for (const name of names) {
      const count = (this.names.get(name) ?? 0) + by;
      if (count > 0) this.names.putSync(name, count);
      else this.names.removeSync(name);
    }
  }

  /** An article's number; a new one for an article first seen (`create`). */
  private numberOf(id: string, create: boolean): number | undefined {
    const known = this.numbers.get(id);
    if (known !== undefined || !create) return known;
    const next = this.meta.get("nextArticle") ?? 0;
    this.meta.putSync("nextArticle", next + 1);
    this.numbers.putSync(id, next);
    this.ids.putSync(next, id);
    return next;
  }

  private bandChunks(): BandChunks & { clear(): void } {
    const chunks = this.chunks;
    return {
      get: (key) => {
        const bytes = chunks.getBinary(key);
        // (A copy: the stored bytes need not be aligned for 32-bit reads.)
        return bytes ? new Uint32Array(Uint8Array.from(bytes).buffer) : undefined;
      },
      put: (key, triples) => {
        if (triples.length) chunks.putSync(key, Buffer.from(triples.buffer, triples.byteOffset, triples.byteLength));
        else chunks.removeSync(key);
      },
      clear: () => chunks.clearSync(),
    };
  }
}
