import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Meilisearch } from "meilisearch";
import type { ToolEnv } from "../../lib/env";
import { meiliHttp } from "../http-client";
import { isAlive, readLock } from "./lock";
import { masterKeyPathFor, startEmbeddedMeili, type EmbeddedMeili, type StartOptions } from "./server";

/** An admin connection for the indexer and the launcher, and how to release it. */
export interface AdminConnection {
  client: Meilisearch;
  host: string;
  /** Where it came from, for the log: "MEILI_HOST …", "embedded …". */
  description: string;
  embedded?: EmbeddedMeili;
  close(): Promise<void>;
}

/**
 * With MEILI_HOST: that server, no process started. Otherwise the embedded server: the one
 * a running `npm start` already owns for this data folder (unless `attach` is false, when
 * the lock on the folder is reported instead), or a new one.
 */
export async function connectAdmin(
  env: ToolEnv,
  options: { attach?: boolean; supervise?: StartOptions["supervise"] } = {},
): Promise<AdminConnection> {
  if (env.MEILI_HOST) {
    const client = adminClient(env.MEILI_HOST, env.MEILI_MASTER_KEY);
    await assertReachable(client, env.MEILI_HOST);
    return { client, host: env.MEILI_HOST, description: `Meilisearch at ${env.MEILI_HOST} (MEILI_HOST)`, close: async () => {} };
  }
  const running = options.attach === false ? undefined : await runningEmbedded(env.dataDir);
  if (running) {
    return {
      client: adminClient(running.host, running.masterKey),
      host: running.host,
      description: `the embedded Meilisearch of the running Parley (pid ${running.pid}) at ${running.host}`,
      close: async () => {},
    };
  }
  const embedded = await startEmbeddedMeili({ dataDir: env.dataDir, supervise: options.supervise });
  return {
    client: adminClient(embedded.host, embedded.masterKey),
    host: embedded.host,
    description: `embedded Meilisearch at ${embedded.host} (data in ${join(env.dataDir, "meili")})`,
    embedded,
    close: () => embedded.stop(),
  };
}

export function adminClient(host: string, apiKey?: string): Meilisearch {
  // Large document batches can take a while to upload on a busy machine.
  return new Meilisearch({ host, apiKey, timeout: 120_000, defaultWaitOptions: { timeout: 0, interval: 50 }, httpClient: meiliHttp });
}

async function assertReachable(client: Meilisearch, host: string) {
  try {
    await client.health();
  } catch (error) {
    throw new Error(`Cannot reach Meilisearch at ${host} (MEILI_HOST): ${(error as Error).message}`);
  }
}

async function runningEmbedded(dataDir: string) {
  const lock = readLock(dataDir);
  if (!lock?.host || lock.pid === process.pid) return undefined;
  if (!isAlive(lock.pid)) return undefined;
  try {
    const res = await fetch(`${lock.host}/health`, { signal: AbortSignal.timeout(2000) });
    if (!res.ok) return undefined;
    return { host: lock.host, pid: lock.pid, masterKey: readFileSync(masterKeyPathFor(dataDir), "utf8").trim() };
  } catch {
    return undefined;
  }
}

/**
 * The key the web app should search with: a search-only key, never the master key.
 * Meilisearch creates "Default Search API Key" when it starts with a master key.
 */
export async function searchOnlyKey(client: Meilisearch): Promise<string> {
  const { results } = await client.getKeys({ limit: 100 });
  const key = results.find((k) => k.actions.length === 1 && k.actions[0] === "search" && k.indexes.includes("*") && !k.expiresAt);
  if (key) return key.key;
  const created = await client.createKey({
    name: "Parley search",
    description: "Search-only key for the Parley web app",
    actions: ["search"],
    indexes: ["*"],
    expiresAt: null,
  });
  return created.key;
}
