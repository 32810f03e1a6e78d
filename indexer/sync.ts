import type { EnqueuedTaskPromise, Meilisearch, Task } from "meilisearch";
import { ARTICLES_INDEX, SENTENCES_INDEX, type ArticleRecord, type SentenceDoc } from "../meili/schema";
import { INDEX_SETTINGS, settingsDiff } from "../meili/settings";
import { filterIn } from "../meili/filters";

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
export async function ensureIndexes(client: Meilisearch): Promise<number> {
  let tasks = 0;
  for (const [uid, settings] of Object.entries(INDEX_SETTINGS)) {
    let current;
    try {
      current = await client.index(uid).getSettings();
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code !== "index_not_found") throw error;
      await awaitTask(client.createIndex(uid, { primaryKey: "id" }), `create index ${uid}`);
      tasks++;
      current = await client.index(uid).getSettings();
    }
    const diff = settingsDiff(settings, current);
    if (Object.keys(diff).length) {
      await awaitTask(client.index(uid).updateSettings(diff), `settings of ${uid}`);
      tasks++;
    }
  }
  return tasks;
}

/** Every article record already indexed, by id. */
export async function loadArticleRecords(client: Meilisearch): Promise<Map<string, ArticleRecord>> {
  const records = new Map<string, ArticleRecord>();
  const index = client.index<ArticleRecord>(ARTICLES_INDEX);
  const limit = 10_000;
  for (let offset = 0; ; offset += limit) {
    const page = await index.getDocuments({ limit, offset, fields: ["id", "contentHash", "sentences", "root", "title", "origin"] });
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
export async function pushBatch(client: Meilisearch, batch: Batch): Promise<void> {
  if (batch.docs.length) {
    await awaitTask(client.index(SENTENCES_INDEX).addDocuments(batch.docs, { primaryKey: "id" }), `add ${batch.docs.length} sentences`);
  }
  if (batch.staleIds.length) {
    await awaitTask(client.index(SENTENCES_INDEX).deleteDocuments(batch.staleIds), `delete ${batch.staleIds.length} stale sentences`);
  }
  if (batch.records.length) {
    await awaitTask(client.index(ARTICLES_INDEX).addDocuments(batch.records, { primaryKey: "id" }), `record ${batch.records.length} articles`);
  }
}

/** Removes articles (their sentences, then their records). */
export async function deleteArticles(client: Meilisearch, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await awaitTask(client.index(SENTENCES_INDEX).deleteDocuments({ filter: filterIn("articleId", chunk) }), "delete pruned sentences");
    await awaitTask(client.index(ARTICLES_INDEX).deleteDocuments(chunk), "delete pruned records");
  }
}
