import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { adminClient } from "../../meili/engine/connect";
import { SENTENCES_INDEX } from "../../meili/schema";
import { startEmbeddedMeili, type EmbeddedMeili } from "../../meili/engine/server";

export interface TestMeili {
  dataDir: string;
  /** The running server; a test may replace it after a restart, and stop() stops that one. */
  server: EmbeddedMeili;
  client: ReturnType<typeof adminClient>;
  stop(): Promise<void>;
}

/** A real Meilisearch on a free port in a temporary folder, for integration tests. */
export async function startTestMeili(): Promise<TestMeili> {
  const dataDir = mkdtempSync(join(tmpdir(), "parley-test-"));
  const server = await startEmbeddedMeili({ dataDir });
  const handle: TestMeili = {
    dataDir,
    server,
    client: adminClient(server.host, server.masterKey),
    async stop() {
      await handle.server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return handle;
}

export const SAMPLE_CORPUS = fileURLToPath(new URL("../../../shared/corpus/sample", import.meta.url));

/** Every document id stored in an index (the sentences by default), sorted: to compare an index with what a dry run makes. */
export async function storedDocumentIds(client: TestMeili["client"], uid = SENTENCES_INDEX): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 10_000) {
    const page = await client.index<{ id: string }>(uid).getDocuments({ fields: ["id"], limit: 10_000, offset });
    ids.push(...page.results.map((d) => d.id));
    if (page.results.length < 10_000) return ids.sort();
  }
}
