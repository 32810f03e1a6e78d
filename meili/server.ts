import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { resolveMeiliBinary } from "./binary";
import { loadOrCreateMasterKey } from "./master-key";

/** A Meilisearch server this process started and owns. */
export interface EmbeddedMeili {
  host: string;
  masterKey: string;
  pid: number;
  /** Stops the server (SIGTERM, then SIGKILL after a grace period) and releases the lock. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Parley's data folder; Meilisearch's database goes to `<dataDir>/meili`. */
  dataDir: string;
  /** Fixed port; by default a free one is picked. */
  port?: number;
  /** How long to wait for `/health`. */
  timeoutMs?: number;
}

export class MeiliStartError extends Error {
  override name = "MeiliStartError";
}

/**
 * Starts the packaged Meilisearch on 127.0.0.1, waits until it is healthy and
 * returns how to reach it. Analytics are off; the master key is generated on first
 * start and stored (0600) under the data folder; the log goes to `<dataDir>/meili.log`.
 */
export async function startEmbeddedMeili(options: StartOptions): Promise<EmbeddedMeili> {
  const { dataDir, timeoutMs = 60_000 } = options;
  mkdirSync(dataDir, { recursive: true });
  const lockPath = lockPathFor(dataDir);
  acquireLock(lockPath, dataDir);
  let child: ChildProcess | undefined;
  try {
    const binary = resolveMeiliBinary(join(dataDir, "bin"));
    const masterKey = loadOrCreateMasterKey(masterKeyPathFor(dataDir));
    const port = options.port ?? (await freePort());
    if (options.port !== undefined && !(await portIsFree(port))) {
      throw new MeiliStartError(`Port ${port} on 127.0.0.1 is already in use by another program.`);
    }
    const logPath = join(dataDir, "meili.log");
    const log = openSync(logPath, "a");
    child = spawn(binary, meiliArgs(dataDir, port), {
      env: { ...withoutMeiliVars(process.env), MEILI_MASTER_KEY: masterKey },
      stdio: ["ignore", log, log],
    });
    closeSync(log);
    const release = stopWithProcess(child, lockPath);
    const host = `http://127.0.0.1:${port}`;
    try {
      await waitForHealth(host, child, logPath, timeoutMs);
    } catch (error) {
      release();
      throw error;
    }
    writeFileSync(lockPath, JSON.stringify({ pid: process.pid, meiliPid: child.pid, host } satisfies MeiliLock));
    const running = child;
    return {
      host,
      masterKey,
      pid: running.pid ?? -1,
      async stop() {
        release();
        await stopChild(running);
        rmSync(lockPath, { force: true });
      },
    };
  } catch (error) {
    if (child) await stopChild(child);
    rmSync(lockPath, { force: true });
    throw error;
  }
}

/**
 * The server must not outlive this process. On exit it is told to stop; on SIGINT or SIGTERM
 * too (a signalled process runs no exit handlers), even while it is still starting. When
 * nothing else handles the signal, this process then exits as it would have. Returns the
 * function that removes these handlers.
 */
function stopWithProcess(child: ChildProcess, lockPath: string): () => void {
  const kill = () => child.kill("SIGTERM");
  const onSignal = (signal: NodeJS.Signals) => {
    kill();
    if (process.listenerCount(signal) === 1) {
      rmSync(lockPath, { force: true });
      process.exit(signal === "SIGINT" ? 130 : 143);
    }
  };
  process.once("exit", kill);
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return () => {
    process.off("exit", kill);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
}

function meiliArgs(dataDir: string, port: number): string[] {
  return [
    "--db-path", join(dataDir, "meili"),
    "--dump-dir", join(dataDir, "dumps"),
    "--snapshot-dir", join(dataDir, "snapshots"),
    "--http-addr", `127.0.0.1:${port}`,
    "--env", "production",
    "--no-analytics",
    "--log-level", "WARN",
  ];
}

// Meilisearch reads MEILI_* from its environment; ours (MEILI_HOST …) must not leak into it.
function withoutMeiliVars(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const key of Object.keys(copy)) if (key.startsWith("MEILI_")) delete copy[key];
  return copy;
}

function acquireLock(lockPath: string, dataDir: string): void {
  try {
    writeFileSync(lockPath, JSON.stringify({ pid: process.pid }), { flag: "wx" });
    return;
  } catch {
    // A lock exists: stale (its owner is gone) or held by a live run.
  }
  const owner = readLock(dataDir)?.pid;
  if (owner !== undefined && isAlive(owner)) {
    throw new MeiliStartError(
      `The data folder ${dataDir} is in use by another Parley run (pid ${owner}). ` +
        `Stop that run, or set PARLEY_DATA_DIR to another folder.`,
    );
  }
  writeFileSync(lockPath, JSON.stringify({ pid: process.pid }));
}

/** What the lock file of a data folder says: who owns it, and the server's address once up. */
export interface MeiliLock {
  pid: number;
  meiliPid?: number;
  host?: string;
}

export const lockPathFor = (dataDir: string) => join(dataDir, "meili.lock");
export const masterKeyPathFor = (dataDir: string) => join(dataDir, "master-key");

/** The lock of a data folder, if there is a readable one. */
export function readLock(dataDir: string): MeiliLock | undefined {
  try {
    const lock = JSON.parse(readFileSync(lockPathFor(dataDir), "utf8")) as MeiliLock;
    return Number.isInteger(lock.pid) ? lock : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function waitForHealth(host: string, child: ChildProcess, logPath: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null | undefined;
  child.once("exit", (code) => (exited = code));
  while (Date.now() < deadline) {
    if (exited !== undefined) {
      throw new MeiliStartError(`Meilisearch exited (code ${exited}) while starting:\n${logTail(logPath)}`);
    }
    try {
      const res = await fetch(`${host}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new MeiliStartError(`Meilisearch did not become healthy within ${timeoutMs / 1000}s:\n${logTail(logPath)}`);
}

function logTail(logPath: string): string {
  try {
    return readFileSync(logPath, "utf8").trim().split("\n").slice(-10).join("\n");
  } catch {
    return "(no log)";
  }
}

async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** A port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Whether `port` can be bound on `host` right now. */
export function portIsFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
