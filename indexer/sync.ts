import type { EnqueuedTaskPromise, Meilisearch, Settings, Task } from "meilisearch";
import {
  ARTICLES_INDEX,
  CLAIMS_INDEX,
  FACET_VALUES_INDEX,
  SENTENCES_INDEX,
  type ArticleRecord,
  type ClaimDoc,
  type FacetValueDoc,
  type SearchableFacet,
} from "../meili/schema";
import { ARTICLE_SETTINGS, CLAIM_SETTINGS, FACET_VALUE_SETTINGS, SENTENCE_SETTINGS, settingsDiff } from "../meili/settings";
import { sha1 } from "./ids";
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

/** Which indexes a run writes: the live ones, or a set being rebuilt beside them. */
export interface IndexSet {
  sentences: string;
  claims: string;
  values: string;
  articles: string;
}
export const LIVE_INDEXES: IndexSet = {
  sentences: SENTENCES_INDEX,
  claims: CLAIMS_INDEX,
  values: FACET_VALUES_INDEX,
  articles: ARTICLES_INDEX,
};
export const REBUILD_INDEXES: IndexSet = {
  sentences: `${SENTENCES_INDEX}_rebuild`,
  claims: `${CLAIMS_INDEX}_rebuild`,
  values: `${FACET_VALUES_INDEX}_rebuild`,
  articles: `${ARTICLES_INDEX}_rebuild`,
};
const KINDS = ["sentences", "claims", "values", "articles"] as const;

/** Everything a sync step needs: the client, how to retry, and which indexes. */
export interface SyncContext {
  client: Meilisearch;
  retry: Retry;
  indexes: IndexSet;
}

/** Waits for a task and fails with Meilisearch's message unless it succeeded. */
export async function awaitTask(task: EnqueuedTaskPromise, what: string): Promise<Task> {
  return succeeded(await task.waitTask(), what);
}

function succeeded(done: Task, what: string): Task {
  if (done.status !== "succeeded") {
    const error = done.error ? `${done.error.message} (${done.error.code})` : done.status;
    throw new MeiliTaskError(`Meilisearch task ${done.uid} (${what}) ${done.status}: ${error}`, done.error?.code);
  }
  return done;
}

/** Runs one write and waits for its task, retrying while Meilisearch is unreachable. */
async function write(ctx: SyncContext, what: string, task: () => EnqueuedTaskPromise): Promise<Task> {
  return awaitEnqueued(ctx, what, await enqueue(ctx, what, task));
}

/** Sends one write, retrying while Meilisearch is unreachable, and answers its task's number once Meilisearch has it. */
async function enqueue({ retry }: SyncContext, what: string, task: () => EnqueuedTaskPromise): Promise<number> {
  return (await retry(what, () => task())).taskUid;
}

/**
 * Waits for an enqueued task, retrying while Meilisearch is unreachable: Meilisearch keeps its
 * queue on disk, so a task it took survives a restart and is not sent again.
 */
function awaitEnqueued({ client, retry }: SyncContext, what: string, taskUid: number): Promise<Task> {
  return retry(what, async () => succeeded(await client.tasks.waitForTask(taskUid), what));
}

/** Creates the indexes if needed and applies the settings that differ; returns how many tasks ran. */
export async function ensureIndexes(ctx: SyncContext): Promise<number> {
  let tasks = 0;
  const wanted = [
    [ctx.indexes.sentences, SENTENCE_SETTINGS],
    [ctx.indexes.claims, CLAIM_SETTINGS],
    [ctx.indexes.values, FACET_VALUE_SETTINGS],
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

/** Documents read and written a page at a time. */
const PAGE = 10_000;

/** Every document of an index, some fields of each, a page at a time (`filter` needs the field filterable). */
async function readAll<T extends { id: string }>(
  ctx: SyncContext,
  uid: string,
  what: string,
  fields: Extract<keyof T, string>[],
  filter?: string,
): Promise<T[]> {
  const index = ctx.client.index<T>(uid);
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await ctx.retry(`read ${what}`, () => index.getDocuments({ fields, limit: PAGE, offset, ...(filter ? { filter } : {}) }));
    all.push(...page.results);
    if (page.results.length < PAGE) return all;
  }
}

/** Some documents of an index by id, some fields of each. */
async function readIds<T extends { id: string }>(
  ctx: SyncContext,
  uid: string,
  what: string,
  fields: Extract<keyof T, string>[],
  ids: string[],
) {
  const index = ctx.client.index<T>(uid);
  const found: T[] = [];
  for (let i = 0; i < ids.length; i += PAGE) {
    const chunk = ids.slice(i, i + PAGE);
    found.push(...(await ctx.retry(`read ${what}`, () => index.getDocuments({ ids: chunk, fields, limit: PAGE }))).results);
  }
  return found;
}

/** Every article record already indexed (or those of these ids), by id. */
export async function loadArticleRecords(ctx: SyncContext, ids?: string[]): Promise<Map<string, ArticleRecord>> {
  const fields: (keyof ArticleRecord)[] = ["id", "contentHash", "sentences", "root", "title", "origin"];
  const what = "the article records";
  const records = ids
    ? await readIds<ArticleRecord>(ctx, ctx.indexes.articles, what, fields, ids)
    : await readAll<ArticleRecord>(ctx, ctx.indexes.articles, what, fields);
  return new Map(records.map((r) => [r.id, r]));
}

/**
 * A token for what the indexes hold: each one's creation and last update. Any write (a
 * document, a deletion, a setting) changes it; a missing index reads as such.
 */
export async function indexState(ctx: SyncContext): Promise<string> {
  const parts: string[] = [];
  for (const uid of KINDS.map((k) => ctx.indexes[k])) {
    try {
      const index = await ctx.retry(`read the state of ${uid}`, () => ctx.client.index(uid).getRawInfo());
      parts.push(`${uid}@${index.createdAt}/${index.updatedAt}`);
    } catch (error) {
      if (!isIndexNotFound(error)) throw error;
      parts.push(`${uid}@none`);
    }
  }
  // (Not the address: the embedded engine may listen on another port each time.)
  return parts.join(" ");
}

/**
 * Sends a batch so that a crash at any point leaves a state the next run repairs: documents
 * first, then the deletion of stale sentences, then the records (whose content hash marks the
 * article done). Resolves once Meilisearch has the documents in its queue, with the rest of the
 * batch to finish: the caller can have many batches waiting there (it indexes consecutive ones
 * together) while holding only their ids and records, not their documents.
 */
export async function enqueueBatch(ctx: SyncContext, batch: Batch): Promise<() => Promise<void>> {
  const enqueued = await Promise.all([
    enqueueDocuments(ctx, ctx.indexes.sentences, batch.docs, "sentences"),
    enqueueDocuments(ctx, ctx.indexes.claims, batch.claims, "claims"),
  ]);
  const { staleIds, staleClaimIds, records } = batch;
  return () => finishBatch(ctx, enqueued, { staleIds, staleClaimIds, records });
}

async function finishBatch(
  ctx: SyncContext,
  enqueued: (Enqueued | undefined)[],
  { staleIds, staleClaimIds, records }: Pick<Batch, "staleIds" | "staleClaimIds" | "records">,
): Promise<void> {
  const { client, indexes } = ctx;
  await Promise.all(enqueued.map((e) => e && awaitEnqueued(ctx, e.what, e.taskUid)));
  if (staleIds.length) {
    await write(ctx, `delete ${staleIds.length} stale sentences`, () => client.index(indexes.sentences).deleteDocuments(staleIds));
  }
  if (staleClaimIds.length) {
    await write(ctx, `delete ${staleClaimIds.length} stale claims`, () => client.index(indexes.claims).deleteDocuments(staleClaimIds));
  }
  if (records.length) {
    await write(ctx, `record ${records.length} articles`, () => client.index(indexes.articles).addDocuments(records, { primaryKey: "id" }));
  }
}

/** A write Meilisearch has queued, and what it was. */
interface Enqueued {
  taskUid: number;
  what: string;
}

/** Sends documents to an index as NDJSON (one line per document, the format Meilisearch parses fastest), not waiting for them. */
async function enqueueDocuments(ctx: SyncContext, uid: string, docs: readonly object[], what: string): Promise<Enqueued | undefined> {
  if (!docs.length) return undefined;
  const ndjson = docs.map((d) => JSON.stringify(d)).join("\n");
  const done = `add ${docs.length} ${what}`;
  return {
    what: done,
    taskUid: await enqueue(ctx, done, () =>
      ctx.client.index(uid).addDocumentsFromString(ndjson, "application/x-ndjson", { primaryKey: "id" }),
    ),
  };
}

/** Adds documents and waits for them. */
async function addDocuments(ctx: SyncContext, uid: string, docs: readonly object[], what: string): Promise<void> {
  const enqueued = await enqueueDocuments(ctx, uid, docs, what);
  if (enqueued) await awaitEnqueued(ctx, enqueued.what, enqueued.taskUid);
}

/** Every claim of several versions the index holds (or those among these ids), by id: its hash and its head's article. */
export async function loadRepeatedClaims(ctx: SyncContext, ids?: string[]): Promise<Map<string, Pick<ClaimDoc, "hash" | "articleId">>> {
  const what = "the repeated claims";
  const claims = ids
    ? (await readIds<ClaimDoc>(ctx, ctx.indexes.claims, what, ["id", "hash", "articleId", "versions"], ids)).filter((c) => c.versions > 1)
    : await readAll<ClaimDoc>(ctx, ctx.indexes.claims, what, ["id", "hash", "articleId"], "versions > 1");
  return new Map(claims.map((c) => [c.id, c]));
}

/** Deletes claims by id. */
export async function deleteClaims(ctx: SyncContext, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += PAGE) {
    const chunk = ids.slice(i, i + PAGE);
    await write(ctx, `delete ${chunk.length} claims`, () => ctx.client.index(ctx.indexes.claims).deleteDocuments(chunk));
  }
}

/** The value search's document for one value of a group. */
export function facetValueDoc(facet: SearchableFacet, value: string): FacetValueDoc {
  return { id: sha1(`${facet}\u0000${value}`), facet, value };
}

/**
 * Adds the values of the searchable groups that the index lacks (or, `readHeld` false, all these). A value no article has any
 * more stays (its count in any search is 0, so it is never listed); `--rebuild` drops them.
 * Returns how many it added.
 */
export async function addFacetValues(
  ctx: SyncContext,
  values: ReadonlyMap<SearchableFacet, ReadonlySet<string>>,
  { readHeld = true } = {},
): Promise<number> {
  // (A run over a few articles sends their values whole: reading every value would cost more.)
  const held = new Set(
    readHeld ? (await readAll<FacetValueDoc>(ctx, ctx.indexes.values, "the facet values", ["id"])).map((v) => v.id) : [],
  );
  const missing = [...values]
    .flatMap(([facet, set]) => [...set].map((value) => facetValueDoc(facet, value)))
    .filter((v) => !held.has(v.id));
  for (let i = 0; i < missing.length; i += PAGE) await addDocuments(ctx, ctx.indexes.values, missing.slice(i, i + PAGE), "facet values");
  return missing.length;
}

/** Removes articles (their sentences, then their records). */
export async function deleteArticles(ctx: SyncContext, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await write(ctx, "delete pruned sentences", () =>
      ctx.client.index(ctx.indexes.sentences).deleteDocuments({ filter: filterIn("articleId", chunk) }),
    );
    // (A claim headed elsewhere that these articles also reported changes, and is sent again.)
    await write(ctx, "delete pruned claims", () =>
      ctx.client.index(ctx.indexes.claims).deleteDocuments({ filter: filterIn("articleId", chunk) }),
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
  for (const uid of KINDS.map((k) => REBUILD_INDEXES[k])) {
    await write(ctx, `drop a leftover ${uid}`, () => ctx.client.deleteIndex(uid)).catch((error: unknown) => {
      if (!isIndexNotFound(error)) throw error;
    });
  }
}

export async function finishRebuild(ctx: SyncContext): Promise<void> {
  await ensureIndexes({ ...ctx, indexes: LIVE_INDEXES });
  await write(ctx, "swap the rebuilt indexes in", () =>
    ctx.client.swapIndexes(KINDS.map((k) => ({ indexes: [LIVE_INDEXES[k], REBUILD_INDEXES[k]], rename: false }))),
  );
  for (const uid of KINDS.map((k) => REBUILD_INDEXES[k])) {
    await write(ctx, `drop the replaced ${uid}`, () => ctx.client.deleteIndex(uid));
  }
}
