import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "../meili/server";
import { buildIsStale } from "../scripts/build-freshness";

const NEXT_BIN = "node_modules/next/dist/bin/next";

/** The production web app against a Meilisearch (built first if its sources changed). */
export async function startApp(host: string, searchKey: string): Promise<{ url: string; stop: () => void }> {
  if (buildIsStale(process.cwd())) await run([NEXT_BIN, "build"]);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, MEILI_HOST: host, MEILI_SEARCH_KEY: searchKey, PARLEY_RATE_LIMIT: "0", NEXT_TELEMETRY_DISABLED: "1" };
  delete env.MEILI_MASTER_KEY;
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port)], { env, stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode})`);
    if (await fetch(`${url}/api/search`).then((r) => r.ok, () => false)) return { url, stop: () => child.kill("SIGTERM") };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGTERM");
  throw new Error("the app did not start within 60 s");
}

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} failed (${code})`))));
  });
}
