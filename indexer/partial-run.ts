import type { BuildCache } from "./build-cache";
import type { ClaimAssignment } from "./claim-clusterer";
import { observe, type CorpusContext } from "./corpus-pass";
import type { ArticleChange } from "./corpus-state";
import { buildDocuments } from "./documents";
import type { TopicClassifier } from "./facets/topic";
import { readNotedFile, type SpooledArticle } from "./first-pass";
import type { InputFile } from "./read/discover";
import { SeenArticles, withoutBody } from "./read/read-articles";
import { DEFAULT_BATCH_SIZE, RepeatedClaims, writeArticles, type RunOptions, type RunSummary } from "./run";

/**
 * Past this share of the corpus changed (and this many articles), a partial run gives way to a
 * whole one, which sorts where this looks up.
 */
const MOST_CHANGED = { share: 0.05, articles: 100 };

/**
 * A run that builds only what a change touches, over an index the build cache saw complete: files
 * unchanged since are not read (their articles are only named), the corpus state is updated with
 * the articles that changed, came or went, and only those articles, the ones whose claims or
 * speakers' canonical values that changes, are built and compared with the index. Returns false,
 * having written nothing, when a whole run is the better one (too much changed, or articles are
 * gone and the sink would not remove them).
 */
export async function partialRun(
  { paths, sink, onProgress, batchSize = DEFAULT_BATCH_SIZE, cache }: RunOptions & { cache: BuildCache },
  files: InputFile[],
  classify: TopicClassifier,
  summary: RunSummary,
  started: number,
): Promise<boolean> {
  const report = { rejections: [...summary.rejections], notices: [...summary.notices] };
  const seen = new SeenArticles();
  /** Every article of the input, in input order, with its file. */
  const located = new Map<string, InputFile>();
  const read = new Map<string, SpooledArticle>();
  const changes: ArticleChange[] = [];
  for (const [i, file] of files.entries()) {
    const recalled = cache.recallFileIds(file);
    if (recalled) {
      report.rejections.push(...recalled.rejections);
      report.notices.push(...recalled.notices);
      for (const id of recalled.ids) if (seen.take(id, { root: file.root, origin: file.relPath }, file, report)) located.set(id, file);
    } else {
      for await (const article of readNotedFile(file, report, seen, cache)) {
        located.set(article.id, file);
        const inputHash = cache.inputHash(article);
        const before = cache.observedBefore(article.id);
        if (before?.inputHash === inputHash) continue;
        changes.push({ id: article.id, before: before?.observations, after: cache.observations(article, inputHash, observe) });
        read.set(article.id, { ...withoutBody(article), inputHash });
      }
    }
    onProgress?.({ step: "read", done: i + 1, total: files.length });
  }
  const removed = cache.unseen(paths, new Set(located.keys()));
  for (const id of removed) changes.push({ id, before: cache.observedBefore(id)?.observations });
  const most = Math.max(MOST_CHANGED.articles, MOST_CHANGED.share * located.size);
  if (changes.length > most || (removed.length && !sink.prunes)) return giveWay(cache);

  // (What this run observed is held here: the cache's writes are not visible to its reads until committed.)
  const observed = new Map(changes.map((c) => [c.id, c.after]));
  const observationsOf = (id: string) => (observed.has(id) ? observed.get(id) : cache.observedBefore(id)?.observations);
  // (The state's transaction is synchronous: the writes queued before it go first.)
  await cache.committed();
  const update = cache.corpus.update(changes, observationsOf, (canonical) => cache.speakerChanges(canonical));
  if (!update) return giveWay(cache);
  summary.rejections = report.rejections;
  summary.notices = report.notices;
  summary.partial = true;
  summary.corpusPassSeconds = (performance.now() - started) / 1000;

  const changed = new Set(read.keys());
  const claimsBefore = new Map<string, (ClaimAssignment | null)[]>();
  const before = (id: string) => claimsBefore.get(id) ?? claimsBefore.set(id, cache.claimsBefore(id) ?? []).get(id)!;
  const context: CorpusContext = {
    canonicalSpeaker: update.canonicalSpeaker,
    claimOf: (id, position) => {
      const assigned = update.claims.get(id);
      if (assigned?.has(position)) return assigned.get(position) ?? undefined;
      // (Every claim sentence of a changed article was assigned again; its other positions are new.)
      return changed.has(id) ? undefined : (before(id)[position] ?? undefined);
    },
  };
  const built = new Set([...changed, ...update.claims.keys(), ...update.speakersChanged]);
  // The claims the run touches, before and after: those it no longer has are deleted.
  const touched = new Set<string>();
  const repeatedBefore = new Set<string>();
  const gone = new Set(removed);
  for (const id of [...built, ...removed]) {
    before(id).forEach((claim, position) => {
      if (!claim || claim.versions < 2) return;
      if (changed.has(id) || gone.has(id) || update.claims.get(id)?.has(position)) repeatedBefore.add(claim.claimId);
    });
  }
  for (const positions of update.claims.values())
    for (const claim of positions.values()) if (claim && claim.versions > 1) touched.add(claim.claimId);
  const known = await sink.known({ articles: [...built], claims: [...new Set([...touched, ...repeatedBefore])] });

  const claims = new RepeatedClaims(
    (id, position) => context.claimOf(id, position)?.versions ?? 1,
    // (An article whose speakers changed sends every claim of one version again: they carry its speakers.)
    (id, position) => changed.has(id) || update.speakersChanged.has(id) || update.claims.get(id)?.has(position) === true,
  );
  const singles = new Set<string>();
  const articles = async function* () {
    for (const [id, file] of located) {
      if (!built.has(id)) continue;
      yield read.get(id) ?? { id, inputHash: cache.observedBefore(id)!.inputHash, file };
    }
  };
  const facetValues = await writeArticles(buildDocuments(articles(), classify, context, cache), built.size, known, claims, {
    sink,
    batchSize,
    summary,
    onProgress,
    onArticle: (_, docs) => {
      for (const doc of docs) if (doc.claimId === doc.id) singles.add(doc.id);
    },
  });
  const repeated = claims.done();
  const staleClaims = [...repeatedBefore].filter((id) => !repeated.has(id) && !singles.has(id));
  summary.articles = located.size;
  summary.unchanged += located.size - built.size;
  summary.sentences = cache.corpus.sentences;
  await cache.forget(paths, { ids: new Set(located.keys()), files: new Set(files.map((f) => f.path)) });
  const seenIds = new Set(located.keys());
  Object.assign(summary, await sink.finish({ paths, seenIds, repeatedClaims: repeated, facetValues, partial: { removed, staleClaims } }));
  return true;
}

/** Leaves the run to a whole one, which reads what this one noted (the files read, their articles): it must see it. */
async function giveWay(cache: BuildCache): Promise<false> {
  await cache.committed();
  return false;
}
