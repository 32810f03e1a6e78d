import { afterEach, describe, expect, it } from "vitest";
import { CLAIMS_INDEX, SENTENCES_INDEX } from "../meili/schema";
import { startEmbeddedMeili } from "../meili/engine/server";
import { startTestMeili, storedDocumentIds } from "../scripts/test-support/meili";
import { MeiliUnreachableError } from "./retry";
import { runIndexer } from "./run";
import { meiliSink } from "./sinks/meili-sink";
import { documentsSink } from "./sinks/jsonl-sink";
import { awaitTask, MeiliTaskError } from "./sync";
import { fileURLToPath } from "node:url";

const CORPUS = fileURLToPath(new URL("../../shared/corpus/wikiref220", import.meta.url));
let meili: Awaited<ReturnType<typeof startTestMeili>> | undefined;
afterEach(async () => {
  await meili?.stop();
  meili = undefined;
});

/** The sentence ids and claim ids a complete index of the corpus holds. */
async function expectedIds(): Promise<{ sentences: string[]; claims: string[] }> {
  const ids: string[] = [];
  const claims = new Set<string>();
  await runIndexer({
    paths: [CORPUS],
    sink: documentsSink((d) => {
      ids.push(d.id);
      claims.add(d.claimId);
    }),
  });
  return { sentences: ids.sort(), claims: [...claims].sort() };
}

async function storedIds(client: NonNullable<typeof meili>["client"]) {
  return { sentences: await storedDocumentIds(client), claims: await storedDocumentIds(client, CLAIMS_INDEX) };
}

/** Stops the server once `articles` articles are built, and (optionally) starts it again after `downMs`. */
function outageAfter(m: NonNullable<typeof meili>, articles: number, downMs?: number) {
  let fired = false;
  return ({ step, done }: { step: string; done: number }) => {
    if (fired || step !== "build" || done < articles) return;
    fired = true;
    void m.server.stop().then(async () => {
      if (downMs === undefined) return;
      await new Promise((r) => setTimeout(r, downMs));
      m.server = await startEmbeddedMeili({ dataDir: m.dataDir, port: Number(new URL(m.server.host).port) });
    });
  };
}

describe("Meilisearch faults during an index run", () => {
  it("rides out a restart in the middle of a run: no duplicate, no missing sentence", { timeout: 180_000 }, async () => {
    meili = await startTestMeili();
    const retries: string[] = [];
    const summary = await runIndexer({
      paths: [CORPUS],
      sink: meiliSink({ client: meili.client, retrySeconds: 60, onRetry: (what) => retries.push(what) }),
      batchSize: 500,
      onProgress: outageAfter(meili, 30, 1500),
    });
    expect(retries.length).toBeGreaterThan(0);
    expect(await storedIds(meili.client)).toEqual(await expectedIds());
    expect((await meili.client.index(SENTENCES_INDEX).getStats()).numberOfDocuments).toBe(summary.sentences);
  });

  it("fails clearly when the server stays down, and a re-run completes the index", { timeout: 180_000 }, async () => {
    meili = await startTestMeili();
    // Late enough that batches beyond the ones in flight (BATCHES_IN_FLIGHT) have completed.
    const run = runIndexer({
      paths: [CORPUS],
      sink: meiliSink({ client: meili.client, retrySeconds: 2 }),
      batchSize: 500,
      onProgress: outageAfter(meili, 150),
    });
    await expect(run).rejects.toThrow(MeiliUnreachableError);
    await expect(run).rejects.toThrow(/stayed unreachable for 2s/);
    meili.server = await startEmbeddedMeili({ dataDir: meili.dataDir, port: Number(new URL(meili.server.host).port) });
    const summary = await runIndexer({ paths: [CORPUS], sink: meiliSink({ client: meili.client }) });
    expect(summary.unchanged).toBeGreaterThan(0);
    expect(await storedIds(meili.client)).toEqual(await expectedIds());
  });

  it("fails a run on a failed task with Meilisearch's own message", async () => {
    meili = await startTestMeili();
    const task = meili.client.index("broken").addDocuments([{ id: "not valid!" }], { primaryKey: "id" });
    await expect(awaitTask(task, "add a bad document")).rejects.toThrow(MeiliTaskError);
    await expect(awaitTask(meili.client.index("broken2").addDocuments([{ id: "bad id" }], { primaryKey: "id" }), "x")).rejects.toThrow(
      /Document identifier `"bad id"` is invalid/,
    );
  });
});
