import type { Meilisearch } from "meilisearch";
import type { ArticleRecord, ClaimDoc } from "../../meili/schema";
import { inScope, inputScope } from "../read/discover";
import { retrying } from "../retry";
import {
  addFacetValues,
  deleteArticles,
  ensureIndexes,
  finishRebuild,
  LIVE_INDEXES,
  loadArticleRecords,
  enqueueBatch,
  REBUILD_INDEXES,
  startRebuild,
  deleteClaims,
  loadRepeatedClaims,
  indexState,
  type SyncContext,
} from "../sync";
import type { DocumentSink } from "./document-sink";

export const DEFAULT_RETRY_SECONDS = 60;
/**
 * Batches sent and not yet done, beside the one being built: Meilisearch indexes what waits in
 * its queue together, so the more that wait, the fewer and larger its batches. A batch in flight
 * holds only its ids and records, its documents let go once queued. 3 → 12 so: a fresh
 * 300k-sentence run in one process, 123 → 96 s, peak RSS 1,251 → 1,079 MB (single runs).
 */
export const BATCHES_IN_FLIGHT = 12;

export interface MeiliSinkOptions {
  client: Meilisearch;
  /** Delete the articles filed under this run's inputs that the input no longer has. */
  prune?: boolean;
  /** Build fresh indexes beside the live ones and swap them in when complete. */
  rebuild?: boolean;
  /** How long to keep retrying while Meilisearch is unreachable (default 60 s). */
  retrySeconds?: number;
  onRetry?: (what: string, error: Error, waitMs: number) => void;
}

/**
 * Meilisearch as a sink: indexes created and their settings applied before anything is read
 * from them, batches pushed so that a crash anywhere leaves a state the next run repairs, then
 * pruning or the rebuild's swap.
 */
export function meiliSink(options: MeiliSinkOptions): DocumentSink {
  const retry = retrying(options.retrySeconds ?? DEFAULT_RETRY_SECONDS, options.onRetry);
  const ctx: SyncContext = { client: options.client, retry, indexes: options.rebuild ? REBUILD_INDEXES : LIVE_INDEXES };
  let settingsTasks = 0;
  let known = new Map<string, ArticleRecord>();
  // The repeated claims the index holds, kept up to date as batches go: an unchanged one is not
  // sent again, and those the run no longer has are known at the end without reading them again.
  let indexedRepeated = new Map<string, Pick<ClaimDoc, "hash" | "articleId">>();
  // Up to BATCHES_IN_FLIGHT batches sent while the next is built: extraction overlaps
  // Meilisearch's indexing, and Meilisearch indexes consecutive batches in one go. Each batch
  // still writes its records only after its own documents succeeded.
  const inFlight: Promise<void>[] = [];
  return {
    prunes: Boolean(options.prune) && !options.rebuild,
    state: () => indexState(ctx),
    known: async (scope) => {
      if (options.rebuild) await startRebuild(ctx);
      settingsTasks = await ensureIndexes(ctx);
      known = await loadArticleRecords(ctx, scope?.articles);
      indexedRepeated = await loadRepeatedClaims(ctx, scope?.claims);
      return known;
    },
    write: async (batch) => {
      if (inFlight.length >= BATCHES_IN_FLIGHT) await inFlight.shift();
      const claims = batch.claims.filter((c) => c.hash === undefined || indexedRepeated.get(c.id)?.hash !== c.hash);
      // (A claim now of one version overwrites a repeated one of the same id; stale ones go.)
      for (const c of claims) if (c.versions === 1) indexedRepeated.delete(c.id);
      for (const id of batch.staleClaimIds) indexedRepeated.delete(id);
      const pushed = (await enqueueBatch(ctx, { ...batch, claims }))();
      // A failed push must fail the run even if nothing awaits it yet.
      pushed.catch(() => {});
      inFlight.push(pushed);
    },
    finish: async ({ paths, seenIds, repeatedClaims, facetValues, partial }) => {
      for (const pushed of inFlight) await pushed;
      let pruned = 0;
      if (partial) {
        if (options.prune && partial.removed.length) await deleteArticles(ctx, partial.removed);
        pruned = options.prune ? partial.removed.length : 0;
        await deleteClaims(ctx, partial.staleClaims);
      } else {
        if (!options.rebuild && options.prune) pruned = await prune(ctx, known, seenIds, paths);
        // Repeated claims the run's articles headed and the input no longer has (those headed by
        // articles of other inputs stay).
        const gone = [...indexedRepeated].filter(([id, c]) => !repeatedClaims.has(id) && seenIds.has(c.articleId)).map(([id]) => id);
        await deleteClaims(ctx, gone);
      }
      await addFacetValues(ctx, facetValues, { readHeld: !partial });
      if (options.rebuild) await finishRebuild(ctx);
      return { settingsTasks, pruned };
    },
  };
}

/** Articles of the roots given this run that the input no longer has. */
async function prune(ctx: SyncContext, known: ReadonlyMap<string, ArticleRecord>, seen: ReadonlySet<string>, paths: string[]) {
  const scopes = paths.map(inputScope);
  const gone = [...known.values()].filter((r) => !seen.has(r.id) && scopes.some((scope) => inScope(scope, r))).map((r) => r.id);
  if (gone.length) await deleteArticles(ctx, gone);
  return gone.length;
}
