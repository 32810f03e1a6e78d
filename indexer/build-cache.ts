import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve, sep } from "node:path";
import { open, type Database, type RootDatabase } from "lmdb";
import type { ClaimAssignment, ClaimTraits } from "./claim-clusterer";
import { CorpusState } from "./corpus-state";
import type { CorpusContext, Observations } from "./corpus-pass";
import type { BuiltArticle } from "./documents";
import { inScope, inputScope, type InputFile } from "./read/discover";
import type { ReadArticle } from "./read/read-articles";
import type { Notice, Rejection } from "./read/types";

/** What an article's build asked the corpus pass, and was told. */
interface Answers {
  speakers: [name: string, value: string][];
  /** By position: the sentence's claim, or null for a sentence alone in its claim. */
  claims: (ClaimAssignment | null)[];
}

interface BuildEntry {
  /** Of the article as read and of the build (`inputHash`): what the documents are made from. */
  inputHash: string;
  answers: Answers;
  built: BuiltArticle;
}

/** Observations as stored: the claim signatures as bytes. */
interface ObservationEntry {
  inputHash: string;
  names: string[];
  claims: Omit<ClaimTraits, "signatures"> & { signatures: Uint8Array };
}

/** An article of a file read in an earlier run. */
export interface RecalledArticle {
  id: string;
  inputHash: string;
  observations: Observations;
}

interface FileEntry {
  fingerprint: string;
  size: number;
  mtimeMs: number;
  ids: string[];
  rejections: Rejection[];
  notices: Notice[];
}

const RACY_MS = 2000;

/** Where an article was read from. */
type Place = { root: string; origin: string };

/**
 * What earlier runs read and built, kept between runs in an embedded LMDB store, so that a run
 * costs about what changed:
 * - a file of the same size and time, for the same build, is not read again: its articles'
 *   observations for the first pass (names, claim signatures) are kept;
 * - an article read the same as then keeps its observations;
 * - an article whose input and build are the same and whose questions to the corpus (a
 *   speaker's canonical value, a sentence's claim) get the same answers is not extracted
 *   again. Everything else about its documents comes from the article alone.
 */
export class BuildCache {
  private failure: Error | undefined;

  /** The corpus pass's state, for runs that change a few articles. */
  readonly corpus: CorpusState;
  /** Speaker names asked by the builds of this run, with their answers and askers, written at `noteAnswers`. */
  private readonly asked = new Map<string, { value: string; askers: Set<string> }>();

  private constructor(
    private readonly root: RootDatabase,
    private readonly builds: Database<BuildEntry, string>,
    private readonly observed: Database<ObservationEntry, string>,
    private readonly files: Database<FileEntry, string>,
    /** Where each article was read from, to forget the ones its input no longer has. */
    private readonly places: Database<Place, string>,
    /** The canonical value each speaker name was last given, and the articles that asked for it. */
    private readonly answered: Database<string, string>,
    private readonly askers: Database<string[], string>,
    /** What the index held after the last run that completed (`synced`). */
    private readonly meta: Database<string, string>,
    readonly fingerprint: string,
    /** Its folder. */
    readonly dir: string,
  ) {
    this.corpus = CorpusState.open(root);
  }

  /**
   * The cache of a Parley data folder (`PARLEY_DATA_DIR`), for builds with this taxonomy; none
   * when it cannot be opened (a folder the user may not write): the run then analyses every
   * article, and `warn` says so.
   */
  static inDataDir(dataDir: string, warn: (line: string) => void, taxonomy?: string): BuildCache | undefined {
    const dir = join(dataDir, "build-cache");
    try {
      return BuildCache.open(dir, buildFingerprint(taxonomy));
    } catch (error) {
      warn(`The build cache in ${dir} cannot be opened (${(error as Error).message}): every article is analysed.`);
      return undefined;
    }
  }

  static open(dir: string, fingerprint = buildFingerprint()): BuildCache {
    // remapChunks: the store is mapped in chunks let go when unused, not whole. A whole run over a
    // million sentences (a 630 MB store) peaked at 670 MB of file pages resident, 460 MB so, in
    // the same time.
    const root = open({ path: dir, maxDbs: 16, compression: true, remapChunks: true });
    const db = <V>(name: string) => root.openDB<V, string>({ name });
    return new BuildCache(
      root,
      db("builds"),
      db("observations"),
      db("files"),
      db("places"),
      db("answered"),
      db("askers"),
      db("meta"),
      fingerprint,
      dir,
    );
  }

  /** A hash of the article as read (with its sentences) and of the build. */
  inputHash(article: ReadArticle): string {
    return createHash("sha1").update(this.fingerprint).update(JSON.stringify(article)).digest("hex");
  }

  /** The articles of a file that is as it was when last read by this build, and what reading it reported. */
  recallFile(file: InputFile): { articles: RecalledArticle[]; rejections: Rejection[]; notices: Notice[] } | undefined {
    const entry = this.files.get(file.path);
    if (!entry || entry.fingerprint !== this.fingerprint || entry.size !== file.size || entry.mtimeMs !== file.mtimeMs) return undefined;
    const articles: RecalledArticle[] = [];
    for (const id of entry.ids) {
      const observed = this.observed.get(id);
      if (!observed) return undefined;
      articles.push({ id, inputHash: observed.inputHash, observations: fromEntry(observed) });
    }
    return { articles, rejections: entry.rejections, notices: entry.notices };
  }

  /** The ids of a file's articles, if it is as it was when last read by this build (their observations are not read). */
  recallFileIds(file: InputFile): { ids: string[]; rejections: Rejection[]; notices: Notice[] } | undefined {
    const entry = this.files.get(file.path);
    if (!entry || entry.fingerprint !== this.fingerprint || entry.size !== file.size || entry.mtimeMs !== file.mtimeMs) return undefined;
    return { ids: entry.ids, rejections: entry.rejections, notices: entry.notices };
  }

  /** What the first pass learnt of an article when it was last read, and the hash of its input then. */
  observedBefore(id: string): { inputHash: string; observations: Observations } | undefined {
    const kept = this.observed.get(id);
    return kept && { inputHash: kept.inputHash, observations: fromEntry(kept) };
  }

  /** The claims an article's last build was given, by position (null: alone in its claim). */
  claimsBefore(id: string): (ClaimAssignment | null)[] | undefined {
    return this.builds.get(id)?.answers.claims;
  }

  /**
   * Notes what reading a file gave: its articles (observed already) and its reports. A file
   * changed in the last seconds is not noted: an edit within the file system's time resolution
   * could keep its size and time (as git treats "racy" files, it is read again next time).
   */
  noteFile(file: InputFile, ids: string[], reported: { rejections: Rejection[]; notices: Notice[] }): void {
    if (Date.now() - file.mtimeMs < RACY_MS) return;
    const entry: FileEntry = { fingerprint: this.fingerprint, size: file.size, mtimeMs: file.mtimeMs, ids, ...reported };
    this.pending(this.files.put(file.path, entry));
  }

  /** What the first pass learns from an article: kept from when it was read the same, else `observe`'s. */
  observations(article: ReadArticle, inputHash: string, observe: (article: ReadArticle) => Observations): Observations {
    const kept = this.observed.get(article.id);
    if (kept?.inputHash === inputHash) return fromEntry(kept);
    const observations = observe(article);
    this.pending(this.observed.put(article.id, toEntry(inputHash, observations)));
    return observations;
  }

  /**
   * The article's documents: those of the last build when nothing they were made from changed,
   * else `build`'s (given a context that records the answers), which are kept for the next run.
   */
  async built(
    ref: { id: string; inputHash: string },
    context: CorpusContext,
    build: (context: CorpusContext) => BuiltArticle | Promise<BuiltArticle>,
  ): Promise<{ built: BuiltArticle; reused: boolean }> {
    const cached = this.builds.get(ref.id);
    if (cached?.inputHash === ref.inputHash && sameAnswers(cached.answers, ref.id, context)) return { built: cached.built, reused: true };
    const recorder = new AnswerRecorder(context);
    const built = await build(recorder.context);
    const answers = recorder.answers();
    for (const [name, value] of answers.speakers) {
      const asked = this.asked.get(name) ?? this.asked.set(name, { value, askers: new Set() }).get(name)!;
      asked.value = value;
      asked.askers.add(ref.id);
    }
    this.pending(this.builds.put(ref.id, { inputHash: ref.inputHash, answers, built }));
    this.pending(this.places.put(ref.id, { root: built.record.root, origin: built.record.origin }));
    return { built, reused: false };
  }

  /**
   * Writes the speaker names this run's builds asked for, with their answers and askers (kept
   * in memory until now: a whole run asks for each name hundreds of times).
   */
  noteAnswers(): void {
    for (const [name, { value, askers }] of this.asked) {
      this.pending(this.answered.put(name, value));
      const before = this.askers.get(name) ?? [];
      this.pending(this.askers.put(name, [...new Set([...before, ...askers])]));
    }
    this.asked.clear();
  }

  /**
   * The articles whose builds asked for a speaker name whose canonical value is now different,
   * and those names.
   */
  speakerChanges(canonical: (name: string) => string): Set<string> {
    const affected = new Set<string>();
    for (const { key: name, value } of this.answered.getRange()) {
      if (canonical(name) === value) continue;
      for (const id of this.askers.get(name) ?? []) affected.add(id);
    }
    return affected;
  }

  /** The articles under `paths` that an earlier run saw and this one did not. */
  unseen(paths: string[], seen: ReadonlySet<string>): string[] {
    const scopes = paths.map(inputScope);
    return [...this.places.getRange()]
      .filter(({ key, value }) => !seen.has(key) && scopes.some((s) => inScope(s, value)))
      .map(({ key }) => key);
  }

  /** What the index held after the last run that completed into it (its inputs and state), or undefined. */
  get synced(): string | undefined {
    return this.meta.get("synced");
  }

  /** Notes what the index holds after a completed run, or (undefined) that a run is under way. */
  async noteSynced(marker: string | undefined): Promise<void> {
    const write = marker === undefined || this.failure ? this.meta.remove("synced") : this.meta.put("synced", marker);
    await write.catch((error: Error) => this.noteFailure(error));
  }

  /** Forgets the articles and files under `paths` that a run over them did not see. */
  async forget(paths: string[], seen: { ids: ReadonlySet<string>; files: ReadonlySet<string> }): Promise<number> {
    await this.committed();
    const scopes = paths.map(inputScope);
    let gone = 0;
    for (const { key, value } of this.places.getRange()) {
      if (seen.ids.has(key) || !scopes.some((scope) => inScope(scope, value))) continue;
      gone++;
      for (const db of [this.builds, this.observed, this.places] as Database<unknown, string>[]) this.pending(db.remove(key));
    }
    const folders = paths.map((p) => resolve(p));
    for (const path of this.files.getKeys()) {
      if (!seen.files.has(path) && folders.some((f) => path === f || path.startsWith(`${f}${sep}`))) this.pending(this.files.remove(path));
    }
    await this.committed();
    return gone;
  }

  /**
   * Resolves once every write so far is visible to reads (writes are batched in the background),
   * or has failed: a failure is kept (`failed`), not thrown.
   */
  async committed(): Promise<void> {
    await Promise.resolve(this.root.committed).catch((error: Error) => this.noteFailure(error));
  }

  /**
   * Why a write failed, if one did in this process: the store then misses some of what the run
   * learnt, so it must not be trusted to skip work (the run does not note the index synced).
   */
  get failed(): Error | undefined {
    return this.failure;
  }

  /** Writes what is pending and closes the store. */
  async close(): Promise<void> {
    await this.committed();
    await this.root.close();
  }

  /** Writes go in the background, batched by the store. */
  private pending(write: Promise<unknown>): void {
    write.catch((error: Error) => this.noteFailure(error));
  }

  /**
   * The store rejects each write of a failed commit with a general error whose `commitError`
   * rejects with the reason; unheard, that rejection would end the process.
   */
  private noteFailure(error: Error & { commitError?: Promise<unknown> }): void {
    this.failure ??= error;
    error.commitError?.catch((reason: Error) => {
      if (this.failure === error) this.failure = reason;
    });
  }
}

function toEntry(inputHash: string, { names, claims }: Observations): ObservationEntry {
  const { signatures, ...rest } = claims;
  return {
    inputHash,
    names,
    claims: { ...rest, signatures: new Uint8Array(signatures.buffer, signatures.byteOffset, signatures.byteLength) },
  };
}

function fromEntry({ names, claims }: ObservationEntry): Observations {
  // (A copy: the stored bytes need not be aligned for 16-bit reads.)
  const signatures = new Uint16Array(Uint8Array.from(claims.signatures).buffer);
  return { names, claims: { ...claims, signatures } };
}

/** A corpus context that notes every question asked of it and its answer. */
class AnswerRecorder {
  private readonly speakers = new Map<string, string>();
  private readonly claims: (ClaimAssignment | null)[] = [];
  readonly context: CorpusContext;

  constructor(inner: CorpusContext) {
    this.context = {
      canonicalSpeaker: (name) => {
        const value = inner.canonicalSpeaker(name);
        this.speakers.set(name, value);
        return value;
      },
      claimOf: (articleId, position) => {
        const claim = inner.claimOf(articleId, position);
        this.claims[position] = claim ?? null;
        return claim;
      },
    };
  }

  answers(): Answers {
    return { speakers: [...this.speakers], claims: [...this.claims] };
  }
}

function sameAnswers({ speakers, claims }: Answers, articleId: string, context: CorpusContext): boolean {
  if (!speakers.every(([name, value]) => context.canonicalSpeaker(name) === value)) return false;
  return claims.every((claim, position) => {
    const now = context.claimOf(articleId, position);
    if (!claim || !now) return !claim && !now;
    return now.claimId === claim.claimId && now.claimArticles === claim.claimArticles && now.versions === claim.versions;
  });
}

const here = new URL(".", import.meta.url).pathname;
const require = createRequire(import.meta.url);

/**
 * The indexer's files that only move documents (the command line, the run's plumbing, the
 * sinks): every other one may change what an article gives, so it is part of the fingerprint.
 */
const PLUMBING = /^(?:cli|config|run|summary|retry|sync)\.ts$|^sinks\/|^read\/spool\.ts$/;

/**
 * A hash of what makes an article's observations and documents besides the article itself and
 * the corpus answers: the indexer's own code and data (parsing, segmentation, claims, the facet
 * extractors, this cache), the document schema, the language model's version. A change to any
 * of them reads and builds every article again, once.
 */
export function buildFingerprint(taxonomy?: string): string {
  const hash = createHash("sha1");
  const sources = readdirSync(here, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(?:ts|json)$/.test(f) && !/\.test\.ts$/.test(f) && !PLUMBING.test(f))
    .sort()
    .map((f) => join(here, f));
  // What documents are made of outside this folder: the contract, and the shared rules for words and dates.
  const shared = [join("meili", "schema.ts"), join("lib", "fold.ts"), join("lib", "date-buckets.ts"), join("lib", "dates.ts")].map((f) =>
    join(here, "..", f),
  );
  for (const file of [...sources, ...shared, ...(taxonomy ? [taxonomy] : [])]) {
    hash.update(relative(here, file)).update(readFileSync(file));
  }
  for (const pkg of ["wink-nlp", "wink-eng-lite-web-model"]) hash.update(readFileSync(require.resolve(`${pkg}/package.json`)));
  return hash.digest("hex");
}
