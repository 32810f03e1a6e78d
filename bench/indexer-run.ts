import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { RunSummary } from "../indexer/run";

export interface IndexerRun {
  seconds: number;
  peakRssBytes: number;
  summary: RunSummary;
}

/**
 * `npm run index` end to end, as a user runs it, into the given Meilisearch, with its own data
 * folder (for its build cache: a first run extracts everything); its report gives what was sent
 * and its peak memory.
 */
export async function runIndexerCli(paths: string[], host: string, key: string, dataDir: string, reportDir: string): Promise<IndexerRun> {
  const report = join(reportDir, `index-report-${Date.now()}.json`);
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn("npm", ["run", "-s", "index", "--", "--report", report, ...paths], {
      env: { ...process.env, MEILI_HOST: host, MEILI_MASTER_KEY: key, PARLEY_DATA_DIR: dataDir },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    child.stderr!.on("data", (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`npm run index exited ${code}: ${err}`))));
  });
  const seconds = (performance.now() - started) / 1000;
  const parsed = JSON.parse(readFileSync(report, "utf8")) as RunSummary & { peakRssBytes: number };
  return { seconds, peakRssBytes: parsed.peakRssBytes, summary: parsed };
}
