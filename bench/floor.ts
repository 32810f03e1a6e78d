import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Meilisearch } from "meilisearch";
import { SENTENCES_INDEX } from "../meili/schema";
import { SENTENCE_SETTINGS } from "../meili/settings";

/** Bytes a request: large batches, well under Meilisearch's 100 MB payload limit. */
const BATCH_BYTES = 32 * 1024 * 1024;

/**
 * Meilisearch's own time to ingest documents already serialized as NDJSON: the index is created
 * with Parley's settings first (not timed), then the batches are posted back to back and the
 * clock stops when the last task has succeeded. This is the floor the indexer is measured against.
 */
export async function ingestFloor(
  client: Meilisearch,
  host: string,
  key: string,
  ndjson: string,
): Promise<{ seconds: number; documents: number }> {
  await client.createIndex(SENTENCES_INDEX, { primaryKey: "id" }).waitTask({ timeout: 600_000 });
  await client.index(SENTENCES_INDEX).updateSettings(SENTENCE_SETTINGS).waitTask({ timeout: 600_000 });
  const post = async (body: string) => {
    const response = await fetch(`${host}/indexes/${SENTENCES_INDEX}/documents?primaryKey=id`, {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/x-ndjson" },
      body,
    });
    if (!response.ok) throw new Error(`floor: Meilisearch answered ${response.status}: ${await response.text()}`);
    return ((await response.json()) as { taskUid: number }).taskUid;
  };
  const started = performance.now();
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
  const task = await client.tasks.waitForTask(last, { timeout: 3_600_000, interval: 100 });
  const seconds = (performance.now() - started) / 1000;
  if (task.status !== "succeeded") throw new Error(`floor: the last task ${task.status}: ${task.error?.message}`);
  const failed = await client.tasks.getTasks({ indexUids: [SENTENCES_INDEX], statuses: ["failed"] });
  if (failed.results.length) throw new Error(`floor: ${failed.results.length} task(s) failed: ${failed.results[0]!.error?.message}`);
  return { seconds, documents };
}
