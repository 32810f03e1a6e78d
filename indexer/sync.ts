import type { EnqueuedTaskPromise, Meilisearch, Task } from "meilisearch";
import { ARTICLES_INDEX, SENTENCES_INDEX, type ArticleRecord, type SentenceDoc } from "../meili/schema";
import { INDEX_SETTINGS, settingsDiff } from "../meili/settings";
import { filterIn } from "../meili/filters";
import type { Retry } from "./retry";

/** A Meilisearch task that failed: carries Meilisearch's own message. */
export class MeiliTaskError extends Error {
  override name = "MeiliTaskError";
}

/** Waits for a task and fails with Meilisearch's message unless it succeeded. */
export async function awaitTask(task: EnqueuedTaskPromise, what: string): Promise<Task> {
  const done = await task.waitTask();
  if (done.status !== "succeeded") {
    const error = done.error ? `${done.error.message} (${done.error.code})` : done.status;
    throw new MeiliTaskError(`Meilisearch task ${done.uid} (${what}) ${done.status}: ${error}`);
  }
  return done;
}

/** Creates the indexes if needed and applies the settings that differ; returns how many tasks ran. */
export async function ensureIndexes(client: Meilisearch, retry: Retry): Promise<number> {
  let tasks = 0;
  for (const [uid, settings] of Object.entries(INDEX_SETTINGS)) {
    const read = () => retry(`read the settings of ${uid}`, () => client.index(uid).getSettings());
    let current;
    try {
      current = await read();
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code !== "index_not_found") throw error;
      await retry(`create index ${uid}`, () => awaitTask(client.createIndex(uid, { primaryKey: "id" }), `create index ${uid}`));
      tasks++;
      current = await read();
    }
    const diff = settingsDiff(settings, current);
    if (Object.keys(diff).length) {
      await retry(`apply the settings of ${uid}`, () => awaitTask(client.index(uid).updateSettings(diff), `settings of ${uid}`));
      tasks++;
    }
  }
  return tasks;
}

/** Every article record already indexed, by id. */
export async function loadArticleRecords(client: Meilisearch, retry: Retry): Promise<Map<string, ArticleRecord>> {
  const records = new Map<string, ArticleRecord>();
  const index = client.index<ArticleRecord>(ARTICLES_INDEX);
  const limit = 10_000;
  for (let offset = 0; ; offset += limit) {
    const page = await retry("read the article records", () =>
      index.getDocuments({ limit, offset, fields: ["id", "contentHash", "sentences", "root", "title", "origin"] }),
    );
    for (const r of page.results) records.set(r.id, r);
    if (page.results.length < limit) return records;
  }
}

/** One batch of changed articles: their documents, the ids they no longer have, their records. */
export interface Batch {
  docs: SentenceDoc[];
  staleIds: string[];
  records: ArticleRecord[];
}

/**
 * Sends a batch so that a crash at any point leaves a state the next run repairs:
 * documents first, then the deletion of stale sentences, then the records (whose
 * content hash marks the article done).
 */
export async function pushBatch(client: Meilisearch, batch: Batch, retry: Retry): Promise<void> {
  const step = (what: string, task: () => EnqueuedTaskPromise) => retry(what, () => awaitTask(task(), what));
  if (batch.docs.length) {
    await step(`add ${batch.docs.length} sentences`, () => client.index(SENTENCES_INDEX).addDocuments(batch.docs, { primaryKey: "id" }));
  }
  if (batch.staleIds.length) {
    await step(`delete ${batch.staleIds.length} stale sentences`, () => client.index(SENTENCES_INDEX).deleteDocuments(batch.staleIds));
  }
  if (batch.records.length) {
    await step(`record ${batch.records.length} articles`, () => client.index(ARTICLES_INDEX).addDocuments(batch.records, { primaryKey: "id" }));
  }
}

/** Removes articles (their sentences, then their records). */
export async function deleteArticles(client: Meilisearch, ids: string[], retry: Retry): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await retry("delete pruned sentences", () =>
      awaitTask(client.index(SENTENCES_INDEX).deleteDocuments({ filter: filterIn("articleId", chunk) }), "delete pruned sentences"),
    );
    await retry("delete pruned records", () => awaitTask(client.index(ARTICLES_INDEX).deleteDocuments(chunk), "delete pruned records"));
  }
}
