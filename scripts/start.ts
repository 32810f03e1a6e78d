/**
 * `npm start`: the whole service in one command, as a list of named steps.
 *   Meilisearch (embedded, or MEILI_HOST) → index the corpus → build the app if its
 *   sources changed → serve it on PORT. Ctrl-C stops everything.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { appEnv, toolEnv, type ToolEnv } from "../lib/env";
import { connectAdmin, searchOnlyKey, type AdminConnection } from "../meili/engine/connect";
import { portIsFree, type EngineEvent } from "../meili/engine/server";
import { statusPathFor } from "../meili/engine/status";
import { BuildCache } from "../indexer/build-cache";
import { runIndexer } from "../indexer/run";
import { ignoreClosedStdout } from "../lib/closed-pipe";
import { meiliSink } from "../indexer/sinks/meili-sink";
import { summaryLines } from "../indexer/summary";
import { waitForHttp } from "../lib/wait-for-http";
import { buildIfStale, serve } from "./next-server";

const DEFAULT_CORPUS = "../shared/corpus/sample";

async function main(): Promise<void> {
  const env = toolEnv();
  appEnv(); // the web app's settings too: a bad one fails now, not after indexing
  const corpus = chooseCorpus(process.argv.slice(2), env);
  await assertPortFree(env.PORT);
  // Two servers on one data folder would fight over it: the second start is refused plainly.
  const meili = await connectAdmin(env, { attach: false, supervise: reportEngine });
  const stopAll = stopper(meili);
  process.once("SIGINT", stopAll);
  process.once("SIGTERM", stopAll);
  log(`Meilisearch: ${meili.description}`);
  await indexCorpus(meili, corpus, env.dataDir);
  await buildIfStale(log);
  const searchKey = env.MEILI_SEARCH_KEY ?? (await searchOnlyKey(meili.client));
  // While the embedded engine restarts, the app reads why from its status file.
  const engineStatus: Record<string, string> = meili.embedded ? { PARLEY_ENGINE_STATUS: statusPathFor(env.dataDir) } : {};
  app = serve(env.PORT, meili.host, searchKey, engineStatus);
  await waitForHttp(`http://127.0.0.1:${env.PORT}/`, { child: app, name: "The web server" });
  log(`\nParley is running at http://localhost:${env.PORT}  (Ctrl-C to stop)`);
  app.once("exit", (code) => {
    log(`The web server exited (code ${code}).`);
    void meili.close().finally(() => process.exit(code ?? 1));
  });
}

let app: ChildProcess | undefined;

function chooseCorpus(args: string[], env: ToolEnv): string[] {
  if (args.length) return args;
  if (env.PARLEY_CORPUS) return [env.PARLEY_CORPUS];
  if (existsSync(DEFAULT_CORPUS)) return [DEFAULT_CORPUS];
  throw new Error(
    `No corpus to index: ${resolve(DEFAULT_CORPUS)} does not exist.\n` +
      `Point Parley at a folder of articles: npm start -- /path/to/articles, or PARLEY_CORPUS=/path/to/articles npm start`,
  );
}

async function assertPortFree(port: number) {
  if (!(await portIsFree(port, "0.0.0.0"))) {
    throw new Error(
      `Port ${port} is already in use (another Parley or another program). Stop it, or start on another port: PORT=${port + 1} npm start`,
    );
  }
}

async function indexCorpus(meili: AdminConnection, paths: string[], dataDir: string) {
  log(`Indexing ${paths.join(", ")} …`);
  const cache = BuildCache.inDataDir(dataDir, log);
  try {
    const summary = await runIndexer({ paths, sink: meiliSink({ client: meili.client, prune: true }), cache });
    for (const line of summaryLines(summary)) log(line);
  } finally {
    await cache?.close();
  }
}

function stopper(meili: AdminConnection) {
  let stopping = false;
  return () => {
    if (stopping) return;
    stopping = true;
    log("\nStopping …");
    app?.removeAllListeners("exit");
    app?.kill("SIGTERM");
    void meili.close().finally(() => process.exit(0));
  };
}

const log = (line: string) => console.log(line);
ignoreClosedStdout();

/** The embedded engine's supervisor speaks through the log: why it died, and when it is back. */
function reportEngine(event: EngineEvent) {
  if (event.kind === "exited") {
    log(
      `Meilisearch stopped (${event.reason}); restarting in ${event.delayMs / 1000} s (attempt ${event.attempt}). Its last log lines:\n${event.logTail}`,
    );
  } else if (event.kind === "restart-failed") {
    log(`Meilisearch did not come back (attempt ${event.attempt}): ${event.reason}`);
  } else {
    log(`Meilisearch is back (pid ${event.pid}).`);
  }
}

main().catch((error: Error) => {
  console.error(`parley: ${error.message}`);
  process.exit(1);
});
