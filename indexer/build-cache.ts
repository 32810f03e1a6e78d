import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { open, type Database, type RootDatabase } from "lmdb";
import type { ClaimAssignment } from "./claim-clusterer";
import type { CorpusContext } from "./corpus-pass";
import type { BuiltArticle } from "./documents";
import { inScope, inputScope } from "./read/discover";
import type { SegmentedArticle } from "./read/read-articles";

/** What an article's build asked the corpus pass, and was told. */
interface Answers {
  speakers: [name: string, value: string][];
  /** By position: the sentence's claim, or null for a sentence alone in its claim. */
  claims: (ClaimAssignment | null)[];
}

interface Entry {
  /** The article as read, and the build's own code and data: what the documents are made from. */
  inputHash: string;
  answers: Answers;
  built: BuiltArticle;
}

/**
 * Articles as built by earlier runs, kept between runs in an embedded LMDB store: an article read
 * the same as then, by the same build, whose questions to the corpus (the canonical value of a
 * speaker, a sentence's claim) get the same answers, is not extracted again. Everything else
 * about its documents comes from the article alone, so they are the same as a new build's.
 */
export class BuildCache {
  private constructor(
    private readonly root: RootDatabase,
    private readonly entries: Database<Entry, string>,
    /** Where each article was read from, to forget the ones its input no longer has. */
    private readonly places: Database<{ root: string; origin: string }, string>,
    private readonly fingerprint: string,
  ) {}

  /** The cache of a Parley data folder (`PARLEY_DATA_DIR`), for builds with this taxonomy. */
  static inDataDir(dataDir: string, taxonomy?: string): BuildCache {
    return BuildCache.open(join(dataDir, "build-cache"), buildFingerprint(taxonomy));
  }

  static open(dir: string, fingerprint = buildFingerprint()): BuildCache {
    const root = open({ path: dir, maxDbs: 4, compression: true });
    return new BuildCache(root, root.openDB<Entry, string>({ name: "articles" }), root.openDB({ name: "places" }), fingerprint);
  }

  /**
   * The article's documents: those of the last build when nothing they were made from changed,
   * else `build`'s, which are kept for the next run.
   */
  built(
    article: SegmentedArticle,
    context: CorpusContext,
    build: (context: CorpusContext) => BuiltArticle,
  ): { built: BuiltArticle; reused: boolean } {
    const inputHash = createHash("sha1").update(this.fingerprint).update(JSON.stringify(article)).digest("hex");
    const cached = this.entries.get(article.id);
    if (cached?.inputHash === inputHash && sameAnswers(cached.answers, article.id, context)) return { built: cached.built, reused: true };
    const recorder = new AnswerRecorder(context);
    const built = build(recorder.context);
    this.pending(this.entries.put(article.id, { inputHash, answers: recorder.answers(), built }));
    this.pending(this.places.put(article.id, { root: article.raw.root, origin: article.raw.origin }));
    return { built, reused: false };
  }

  /** Forgets the articles read under `paths` that a run over them did not see. */
  async forget(paths: string[], seenIds: ReadonlySet<string>): Promise<number> {
    const scopes = paths.map(inputScope);
    const gone: string[] = [];
    for (const { key, value } of this.places.getRange()) {
      if (!seenIds.has(key) && scopes.some((scope) => inScope(scope, value))) gone.push(key);
    }
    for (const id of gone) {
      this.pending(this.entries.remove(id));
      this.pending(this.places.remove(id));
    }
    await this.committed();
    return gone.length;
  }

  /** Resolves once every write so far is visible to reads (writes are batched in the background). */
  async committed(): Promise<void> {
    await this.root.committed;
  }

  /** Writes what is pending and closes the store; fails if a write failed. */
  async close(): Promise<void> {
    await this.committed();
    await this.root.close();
    if (this.failure) throw new Error(`build cache: ${this.failure.message}`);
  }

  private failure: Error | undefined;

  /** Writes go in the background, batched by the store; the first failure is reported at close. */
  private pending(write: Promise<unknown>): void {
    write.catch((error: Error) => (this.failure ??= error));
  }
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
 * A hash of what makes documents of an article besides the article itself and the corpus
 * answers: the facet extractors' code and data, the document builder, the document schema, the
 * language model's version. A change to any of them rebuilds every article once.
 */
export function buildFingerprint(taxonomy?: string): string {
  const hash = createHash("sha1");
  const files = [
    ...sourcesUnder(join(here, "facets")),
    join(here, "documents.ts"),
    join(here, "ids.ts"),
    join(here, "..", "meili", "schema.ts"),
    ...(taxonomy ? [taxonomy] : []),
  ];
  for (const file of files) hash.update(relative(here, file)).update(readFileSync(file));
  for (const pkg of ["wink-nlp", "wink-eng-lite-web-model"]) hash.update(readFileSync(require.resolve(`${pkg}/package.json`)));
  return hash.digest("hex");
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(?:ts|json)$/.test(f) && !/\.test\.ts$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}
