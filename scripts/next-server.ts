/**
 * The production web app as a child process: built when its sources changed, served with a
 * search-only key. Used by `npm start` and by the benchmarks.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { buildIsStale } from "./build-freshness";

const NEXT_BIN = "node_modules/next/dist/bin/next";

/** Runs `next build` when there is no build or a source is newer; says so through `log`. */
export async function buildIfStale(log: (line: string) => void): Promise<void> {
  if (!buildIsStale(process.cwd())) return;
  log("Building the web app (first start, or its sources changed) …");
  await run(process.execPath, [NEXT_BIN, "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
}

/** Parley's web server (`serve-app.ts`), with a search-only key: the master key is not in its environment. */
export function serve(port: number, host: string, searchKey: string, extraEnv: Record<string, string> = {}): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extraEnv,
    PORT: String(port),
    MEILI_HOST: host,
    MEILI_SEARCH_KEY: searchKey,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.MEILI_MASTER_KEY;
  return spawn(process.execPath, ["--import", "tsx", "scripts/serve-app.ts"], { env, stdio: ["ignore", "ignore", "inherit"] });
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: "inherit" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} failed (code ${code})`))));
  });
}
