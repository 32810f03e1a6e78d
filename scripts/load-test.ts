/**
 * Load test on loopback: `npm start` over the WikiRef + BBC corpora, then N concurrent
 * clients against /api/search with a mixed query set. Fails on any error or non-2xx answer,
 * or if the web server's memory at the end of the run is more than 20 % above its memory after
 * a warm-up of WARM_UP_REQUESTS requests.
 *
 *   npx tsx scripts/load-test.ts [--seconds 60] [--connections 50]
 */
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { freePort } from "../meili/engine/server";
import { loadPaths } from "./load-queries";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "60" }, connections: { type: "string", default: "50" } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const corpora = ["wikiref220", "bbc"].map((c) => join("..", "shared", "corpus", c));

/**
 * Requests before memory is first measured: enough for the heap to reach its working size (at
 * 3,000 a clean clone on a fast day, about 300 requests/s, still grew 18–21 % afterwards).
 */
const WARM_UP_REQUESTS = 6000;
/** Seconds of RSS samples a memory figure is taken from: long enough to hold a collection or two. */
const MEMORY_WINDOW = 10;

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
console.log(`Starting Parley on ${base} over ${corpora.join(" + ")} …`);
const app = spawn("npm", ["start", "--", ...corpora], {
  env: { ...process.env, PORT: String(port), PARLEY_DATA_DIR: join(".data", "load"), PARLEY_RATE_LIMIT: "0", MEILI_HOST: "" },
  stdio: ["ignore", "pipe", "inherit"],
  detached: true,
});
const stop = () => {
  try {
    process.kill(-app.pid!, "SIGINT");
  } catch {
    // Already gone.
  }
};
process.once("exit", stop);
await new Promise<void>((resolve, reject) => {
  let out = "";
  app.stdout!.on("data", (d: Buffer) => {
    out += d;
    if (out.includes("Parley is running")) resolve();
  });
  app.once("exit", (code) => reject(new Error(`npm start exited (code ${code}):\n${out}`)));
});

const paths = await loadPaths(base);
const load = (duration: number) =>
  autocannon({ url: base, connections, duration, requests: paths.map((path) => ({ method: "GET", path })) });

/**
 * The server's memory under load: the lowest of its RSS sampled every 250 ms over the last
 * MEMORY_WINDOW seconds of a load phase. Under this load RSS saws between garbage collections
 * (350 → 437 → 367 MB within 10 s, measured), so a median still moved ±10 % with the phase of the
 * saw; the troughs after each collection are what a leak raises.
 */
async function loadAndMeasure(duration: number) {
  const samples: number[] = [];
  const started = Date.now();
  const timer = setInterval(() => {
    if (Date.now() - started >= (duration - MEMORY_WINDOW) * 1000) samples.push(serverRss(port));
  }, 250);
  const result = await load(duration);
  clearInterval(timer);
  return { result, rss: samples.length ? Math.min(...samples) : serverRss(port) };
}

// Warm-up: V8 sizes its heap over the first few thousand requests of this load (measured: RSS
// 138 → 300 MB in 20 s at 150 requests/s), so it is counted in requests, not seconds: on a slower
// or busier machine a timed warm-up ended before the heap had grown (320 → 398 MB at 88
// requests/s). "Before" is the steady state after it.
await autocannon({ url: base, connections, amount: WARM_UP_REQUESTS, requests: paths.map((path) => ({ method: "GET", path })) });
const { rss: before } = await loadAndMeasure(MEMORY_WINDOW);
const { result, rss: after } = await loadAndMeasure(Math.max(seconds, MEMORY_WINDOW));
stop();

const errors = result.errors + result.timeouts + result.non2xx;
const growth = after / before - 1;
console.log(
  [
    `| connections | seconds | requests | req/s | p50 ms | p99 ms | errors | server RSS before → after |`,
    `|---|---|---|---|---|---|---|---|`,
    `| ${connections} | ${seconds} | ${result.requests.total} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${errors} | ${mb(before)} → ${mb(after)} MB (${(growth * 100).toFixed(1)} %) |`,
  ].join("\n"),
);
if (errors > 0) fail(`${errors} requests failed (errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`);
if (growth > 0.2) fail(`the web server's memory grew ${(growth * 100).toFixed(1)} % (limit 20 %)`);
console.log("load test passed");

/** Resident memory of Parley's web server listening on `port` (serve-app.ts, told its port in PORT). */
function serverRss(listenPort: number): number {
  const pids = execFileSync("pgrep", ["-f", "scripts/serve-app.ts"], { encoding: "utf8" }).trim().split("\n");
  let total = 0;
  for (const pid of pids) {
    try {
      if (!readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(`PORT=${listenPort}`)) continue;
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
    } catch {
      // Exited meanwhile.
    }
  }
  if (total === 0) fail(`no web server process found for port ${listenPort}`);
  return total;
}

function mb(bytes: number) {
  return (bytes / 1024 / 1024).toFixed(0);
}

function fail(message: string): never {
  console.error(`load test failed: ${message}`);
  process.exit(1);
}
