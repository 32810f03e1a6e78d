import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Meilisearch, Settings } from "meilisearch";
import { CLAIMS_INDEX, SENTENCES_INDEX } from "../meili/schema";
import { CLAIM_SETTINGS, SENTENCE_SETTINGS } from "../meili/settings";

/** The documents the indexer writes, by index: what the floor ingests. */
export interface FloorInput {
  sentences: string;
  claims: string;
}

/** Bytes a request: large batches, well under Meilisearch's 100 MB payload limit. */
const BATCH_BYTES = 32 * 1024 * 1024;

/**
 * Meilisearch's own time to ingest documents already serialized as NDJSON, the sentences and the
 * claims: each index is created with Parley's settings first (not timed), then the batches are
 * posted back to back and the clock stops when the last task has succeeded. This is the floor
 * the indexer is measured against.
 */
export async function ingestFloor(
  client: Meilisearch,
  host: string,
  key: string,
  input: FloorInput,
): Promise<{ seconds: number; documents: number }> {
  const indexes: [string, Settings, string][] = [
    [SENTENCES_INDEX, SENTENCE_SETTINGS, input.sentences],
    [CLAIMS_INDEX, CLAIM_SETTINGS, input.claims],
  ];
  for (const [uid, settings] of indexes) {
    await client.createIndex(uid, { primaryKey: "id" }).waitTask({ timeout: 600_000 });
    await client.index(uid).updateSettings(settings).waitTask({ timeout: 600_000 });
  }
  const started = performance.now();
  let documents = 0;
  let last = -1;
  for (const [uid, , ndjson] of indexes) {
    const posted = await postFile(host, key, uid, ndjson);
    documents += posted.documents;
    last = posted.last;
  }
  // One queue: the last task done means every task before it is done.
  const task = await client.tasks.waitForTask(last, { timeout: 3_600_000, interval: 100 });
  const seconds = (performance.now() - started) / 1000;
  if (task.status !== "succeeded") throw new Error(`floor: the last task ${task.status}: ${task.error?.message}`);
  const failed = await client.tasks.getTasks({ indexUids: indexes.map(([uid]) => uid), statuses: ["failed"] });
  if (failed.results.length) throw new Error(`floor: ${failed.results.length} task(s) failed: ${failed.results[0]!.error?.message}`);
  return { seconds, documents };
}

/** Posts an NDJSON file to an index in large batches; returns the last task's uid. */
async function postFile(host: string, key: string, uid: string, ndjson: string): Promise<{ last: number; documents: number }> {
  const post = async (body: string) => {
    const response = await fetch(`${host}/indexes/${uid}/documents?primaryKey=id`, {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/x-ndjson" },
      body,
    });
    if (!response.ok) throw new Error(`floor: Meilisearch answered ${response.status}: ${await response.text()}`);
    return ((await response.json()) as { taskUid: number }).taskUid;
  };
  let documents = 0;
  let chunk: string[] = [];
  let bytes = 0;
  let last = -1;
  for await (const line of createInterface({ input: createReadStream(ndjson), crlfDelay: Infinity })) {
    if (!line) continue;
    chunk.push(line);
    bytes += line.length + 1;
    documents++;
    if (bytes >= BATCH_BYTES) {
      last = await post(chunk.join("\n"));
      chunk = [];
      bytes = 0;
    }
  }
  if (chunk.length) last = await post(chunk.join("\n"));
  return { last, documents };
}
