import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLAIMS_INDEX, SENTENCES_INDEX } from "../meili/schema";
import { startTestMeili, storedDocumentIds } from "../scripts/test-support/meili";
import { runIndexer } from "./run";
import { meiliSink } from "./sinks/meili-sink";
import { documentsSink } from "./sinks/jsonl-sink";

const CORPORA = ["wikiref220", "bbc"].map((c) => fileURLToPath(new URL(`../../shared/corpus/${c}`, import.meta.url)));
const ROOT = fileURLToPath(new URL("..", import.meta.url));
let meili: Awaited<ReturnType<typeof startTestMeili>>;

beforeAll(async () => {
  meili = await startTestMeili();
});
afterAll(async () => meili?.stop());

describe("Ctrl-C during an index run", () => {
  it("stops within 2 s, and the next run completes a consistent index", { timeout: 300_000 }, async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "indexer/cli.ts", ...CORPORA], {
      cwd: ROOT,
      env: { ...process.env, MEILI_HOST: meili.server.host, MEILI_MASTER_KEY: meili.server.masterKey },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    // (Listened for from the start: a child that ended before the signal must fail the test, not hang it.)
    const exited = once(child, "exit");
    // Interrupt once documents are on their way: Meilisearch has their first task. (Waiting for
    // them to be searchable raced the run's end: Meilisearch indexes the batches queued together.)
    for (let i = 0; i < 600; i++) {
      const tasks = await meili.client.tasks
        .getTasks({ indexUids: [SENTENCES_INDEX], types: ["documentAdditionOrUpdate"] })
        .catch(() => undefined);
      if (tasks?.results.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const interrupted = Date.now();
    child.kill("SIGINT");
    const [code] = await exited;
    expect(Date.now() - interrupted).toBeLessThan(2000);
    expect(code).toBe(130);
    expect(stderr).toMatch(/Interrupted/);

    const expected: string[] = [];
    const claims = new Set<string>();
    await runIndexer({
      paths: CORPORA,
      sink: documentsSink((d) => {
        expected.push(d.id);
        claims.add(d.claimId);
      }),
    });
    const summary = await runIndexer({ paths: CORPORA, sink: meiliSink({ client: meili.client }) });
    expect(summary.changed).toBeGreaterThan(0);
    expect(await storedDocumentIds(meili.client)).toEqual(expected.sort());
    expect(await storedDocumentIds(meili.client, CLAIMS_INDEX)).toEqual([...claims].sort());
  });
});
