import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { adminClient } from "../../meili/connect";
import { startEmbeddedMeili, type EmbeddedMeili } from "../../meili/server";

/** A real Meilisearch on a free port in a temporary folder, for integration tests. */
export async function startTestMeili() {
  const dataDir = mkdtempSync(join(tmpdir(), "parley-test-"));
  const server: EmbeddedMeili = await startEmbeddedMeili({ dataDir });
  const client = adminClient(server.host, server.masterKey);
  return {
    dataDir,
    server,
    client,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const SAMPLE_CORPUS = fileURLToPath(new URL("../../../shared/corpus/sample", import.meta.url));
