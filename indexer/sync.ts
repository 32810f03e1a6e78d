import type { EnqueuedTaskPromise, Meilisearch, Settings, Task } from "meilisearch";
import { ARTICLES_INDEX, SENTENCES_INDEX, type ArticleRecord } from "../meili/schema";
import { ARTICLE_SETTINGS, SENTENCE_SETTINGS, settingsDiff } from "../meili/settings";
import { filterIn } from "../meili/filters";
import { meiliErrorCode } from "../meili/errors";
import type { Retry } from "./retry";
import type { Batch } from "./sinks/document-sink";

/** A Meilisearch task that failed: carries Meilisearch's own message and error code. */
export class MeiliTaskError extends Error {
  override name = "MeiliTaskError";

  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Whether a failed request or task failed because its index does not exist. */
const isIndexNotFound = (error: unknown) => (error instanceof MeiliTaskError ? error.code : meiliErrorCode(error)) === "index_not_found";

/** Which indexes a run writes: the live ones, or a pair being rebuilt beside them. */
export interface IndexPair {
  sentences: string;
  articles: string;
}
export const LIVE_INDEXES: IndexPair = { sentences: SENTENCES_INDEX, articles: ARTICLES_INDEX };
export const REBUILD_INDEXES: IndexPair = { sentences: `${SENTENCES_INDEX}_rebuild`, articles: `${ARTICLES_INDEX}_rebuild` };

/** Everything a sync step needs: the client, how to retry, and which indexes. */
export interface SyncContext {
  client: Meilisearch;
  retry: Retry;
  indexes: IndexPair;
}

/** Waits for a task and fails with Meilisearch's message unless it succeeded. */
export async function awaitTask(task: EnqueuedTaskPromise, what: string): Promise<Task> {
  const done = await task.waitTask();
  if (done.status !== "succeeded") {
    const error = done.error ? `${done.error.message} (${done.error.code})` : done.status;
    throw new MeiliTaskError(`Meilisearch task ${done.uid} (${what}) ${done.status}: ${error}`, done.error?.code);
  }
  return done;
}

/** Runs one write and waits for its task, retrying while Meilisearch is unreachable. */
function write({ retry }: SyncContext, what: string, task: () => EnqueuedTaskPromise): Promise<Task> {
  return retry(what, () => awaitTask(task(), what));
}

/** Creates the indexes if needed and applies the settings that differ; returns how many tasks ran. */
export async function ensureIndexes(ctx: SyncContext): Promise<number> {
  let tasks = 0;
  const wanted = [
    [ctx.indexes.sentences, SENTENCE_SETTINGS],
    [ctx.indexes.articles, ARTICLE_SETTINGS],
  ] as const;
  for (const [uid, settings] of wanted) {
    const read = () => ctx.retry(`read the settings of ${uid}`, () => ctx.client.index(uid).getSettings());
    let current: Settings;
    try {
      current = await read();
    } catch (error) {
      if (!isIndexNotFound(error)) throw error;
      await write(ctx, `create index ${uid}`, () => ctx.client.createIndex(uid, { primaryKey: "id" }));
      tasks++;
      current = await read();
    }
    const diff = settingsDiff(settings, current);
    if (Object.keys(diff).length) {
      await write(ctx, `apply the settings of ${uid}`, () => ctx.client.index(uid).updateSettings(diff));
      tasks++;
    }
  }
  return tasks;
}

/** Every article record already indexed, by id. */
export async function loadArticleRecords(ctx: SyncContext): Promise<Map<string, ArticleRecord>> {
  const records = new Map<string, ArticleRecord>();
  const index = ctx.client.index<ArticleRecord>(ctx.indexes.articles);
  const limit = 10_000;
  for (let offset = 0; ; offset += limit) {
    const page = await ctx.retry("read the article records", () =>
      index.getDocuments({ limit, offset, fields: ["id", "contentHash", "sentences", "root", "title", "origin"] }),
    );
    for (const r of page.results) records.set(r.id, r);
    if (page.results.length < limit) return records;
  }
}

/**
 * Sends a batch so that a crash at any point leaves a state the next run repairs:
 * documents first, then the deletion of stale sentences, then the records (whose
 * content hash marks the article done). The documents are enqueued at once, so the caller
 * can have several batches' documents waiting in Meilisearch's queue (it indexes consecutive
 * ones together); the rest waits for this batch's own documents to succeed.
 */
export async function pushBatch(ctx: SyncContext, batch: Batch): Promise<void> {
  const { client, indexes } = ctx;
  if (batch.docs.length) {
    // NDJSON: one line per document, the format Meilisearch parses fastest.
    const ndjson = batch.docs.map((d) => JSON.stringify(d)).join("\n");
    await write(ctx, `add ${batch.docs.length} sentences`, () =>
      client.index(indexes.sentences).addDocumentsFromString(ndjson, "application/x-ndjson", { primaryKey: "id" }),
    );
  }
  if (batch.staleIds.length) {
    await write(ctx, `delete ${batch.staleIds.length} stale sentences`, () =>
      client.index(indexes.sentences).deleteDocuments(batch.staleIds),
    );
  }
  if (batch.records.length) {
    await write(ctx, `record ${batch.records.length} articles`, () =>
      client.index(indexes.articles).addDocuments(batch.records, { primaryKey: "id" }),
    );
  }
}

/** Removes articles (their sentences, then their records). */
export async function deleteArticles(ctx: SyncContext, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await write(ctx, "delete pruned sentences", () =>
      ctx.client.index(ctx.indexes.sentences).deleteDocuments({ filter: filterIn("articleId", chunk) }),
    );
    await write(ctx, "delete pruned records", () => ctx.client.index(ctx.indexes.articles).deleteDocuments(chunk));
  }
}

/**
 * Zero-downtime rebuild: empties the rebuild pair before it is filled, then swaps it with the
 * live pair in one atomic task (searches see the old index or the new one, never a half-built
 * one) and drops what is now the old pair.
 */
export async function startRebuild(ctx: SyncContext): Promise<void> {
  for (const uid of [REBUILD_INDEXES.sentences, REBUILD_INDEXES.articles]) {
    await write(ctx, `drop a leftover ${uid}`, () => ctx.client.deleteIndex(uid)).catch((error: unknown) => {
      if (!isIndexNotFound(error)) throw error;
    });
  }
}

export async function finishRebuild(ctx: SyncContext): Promise<void> {
  await ensureIndexes({ ...ctx, indexes: LIVE_INDEXES });
  await write(ctx, "swap the rebuilt indexes in", () =>
    ctx.client.swapIndexes([
      { indexes: [LIVE_INDEXES.sentences, REBUILD_INDEXES.sentences], rename: false },
      { indexes: [LIVE_INDEXES.articles, REBUILD_INDEXES.articles], rename: false },
    ]),
  );
  for (const uid of [REBUILD_INDEXES.sentences, REBUILD_INDEXES.articles]) {
    await write(ctx, `drop the replaced ${uid}`, () => ctx.client.deleteIndex(uid));
  }
}
