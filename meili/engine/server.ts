import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { waitForHttp, WaitError } from "../../lib/wait-for-http";
import { resolveMeiliBinary } from "./binary";
import { acquireLock, lockPathFor, writeLock } from "./lock";
import { loadOrCreateMasterKey } from "./master-key";
import { RestartPolicy } from "./restart-policy";
import { clearStatus, statusPathFor, writeStatus } from "./status";

/** A Meilisearch server this process started and owns. */
export interface EmbeddedMeili {
  host: string;
  masterKey: string;
  /** The server process's pid (a new one after a restart). */
  readonly pid: number;
  /** Stops the server (SIGTERM, then SIGKILL after a grace period) and releases the lock. */
  stop(): Promise<void>;
}

/** What the supervisor of the embedded server reports. */
export type EngineEvent =
  | { kind: "exited"; reason: string; logTail: string; attempt: number; delayMs: number }
  | { kind: "restarted"; attempt: number; pid: number }
  | { kind: "restart-failed"; reason: string; attempt: number };

export interface StartOptions {
  /** Parley's data folder; Meilisearch's database goes to `<dataDir>/meili`. */
  dataDir: string;
  /** Fixed port; by default a free one is picked. */
  port?: number;
  /** How long to wait for `/health`. */
  timeoutMs?: number;
  /**
   * Restart the server, on the same port and data, whenever it dies, backing off while it
   * keeps dying (its data is durable, so nothing is lost); every event is reported here.
   */
  supervise?: (event: EngineEvent) => void;
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
  acquireLock(dataDir);
  let child: ChildProcess | undefined;
  try {
    const binary = resolveMeiliBinary(join(dataDir, "bin"));
    const masterKey = loadOrCreateMasterKey(masterKeyPathFor(dataDir));
    const port = options.port ?? (await freePort());
    if (options.port !== undefined && !(await portIsFree(port))) {
      throw new MeiliStartError(`Port ${port} on 127.0.0.1 is already in use by another program.`);
    }
    const host = `http://127.0.0.1:${port}`;
    const logPath = join(dataDir, "meili.log");
    const launch = () => spawnMeili(binary, dataDir, port, masterKey, logPath);
    const process_ = new Supervised(launch, lockPathFor(dataDir));
    child = process_.current;
    try {
      await waitForHealth(host, child, logPath, timeoutMs);
    } catch (error) {
      process_.release();
      throw error;
    }
    writeLock(dataDir, { pid: process.pid, meiliPid: child.pid, host });
    if (options.supervise) process_.supervise({ dataDir, host, logPath, timeoutMs, launch, report: options.supervise });
    return {
      host,
      masterKey,
      get pid() {
        return process_.current.pid ?? -1;
      },
      async stop() {
        await process_.stop();
        rmSync(lockPathFor(dataDir), { force: true });
      },
    };
  } catch (error) {
    if (child) await stopChild(child);
    rmSync(lockPathFor(dataDir), { force: true });
    throw error;
  }
}

function spawnMeili(binary: string, dataDir: string, port: number, masterKey: string, logPath: string): ChildProcess {
  const log = openSync(logPath, "a");
  try {
    return spawn(binary, meiliArgs(dataDir, port), {
      env: { ...withoutMeiliVars(process.env), MEILI_MASTER_KEY: masterKey },
      stdio: ["ignore", log, log],
    });
  } finally {
    closeSync(log);
  }
}

interface Supervision {
  dataDir: string;
  host: string;
  logPath: string;
  timeoutMs: number;
  launch: () => ChildProcess;
  report: (event: EngineEvent) => void;
}

/**
 * The server process this process owns: stopped with it (see `stopWithProcess`), and, once
 * supervised, started again whenever it dies unasked, with the web app told through the
 * status file while it is down.
 */
class Supervised {
  private stopping = false;
  private timer: NodeJS.Timeout | undefined;
  readonly release: () => void;

  current: ChildProcess;

  /**
   * Ties the server to this process before starting it: a signal that came between the spawn
   * and the handlers would end this process and leave the server running (seen once, under load,
   * in the orphans test).
   */
  constructor(launch: () => ChildProcess, lockPath: string) {
    this.release = stopWithProcess(() => this.current as ChildProcess | undefined, lockPath);
    try {
      this.current = launch();
    } catch (error) {
      this.release();
      throw error;
    }
  }

  supervise(options: Supervision): void {
    const policy = new RestartPolicy();
    const statusPath = statusPathFor(options.dataDir);
    clearStatus(statusPath);
    const watch = (child: ChildProcess, startedAt: number) =>
      child.once("exit", (code, signal) => {
        if (this.stopping) return;
        const { attempt, delayMs } = policy.next(Date.now() - startedAt);
        const reason = signal ? `killed by ${signal}` : `exit code ${code}`;
        writeStatus(statusPath, { state: "restarting", reason, attempt, retryAt: Date.now() + delayMs });
        options.report({ kind: "exited", reason, logTail: logTail(options.logPath), attempt, delayMs });
        this.timer = setTimeout(() => void restart(attempt), delayMs);
      });
    const restart = async (attempt: number) => {
      if (this.stopping) return;
      const child = options.launch();
      this.current = child;
      watch(child, Date.now());
      try {
        await waitForHealth(options.host, child, options.logPath, options.timeoutMs);
      } catch (error) {
        options.report({ kind: "restart-failed", reason: (error as Error).message, attempt });
        child.kill("SIGKILL"); // its exit schedules the next attempt
        return;
      }
      if (this.stopping) return;
      writeLock(options.dataDir, { pid: process.pid, meiliPid: child.pid, host: options.host });
      clearStatus(statusPath);
      options.report({ kind: "restarted", attempt, pid: child.pid ?? -1 });
    };
    watch(this.current, Date.now());
    this.statusPath = statusPath;
  }

  private statusPath: string | undefined;

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    this.release();
    await stopChild(this.current);
    if (this.statusPath) clearStatus(this.statusPath);
  }
}

/**
 * The server must not outlive this process. On exit it is told to stop; on SIGINT or SIGTERM
 * too (a signalled process runs no exit handlers), even while it is still starting. When
 * nothing else handles the signal, this process then exits as it would have. Returns the
 * function that removes these handlers.
 */
function stopWithProcess(current: () => ChildProcess | undefined, lockPath: string): () => void {
  const kill = () => current()?.kill("SIGTERM");
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

/**
 * The memory the embedded engine may use to index a batch. Meilisearch's default is two thirds
 * of the machine's RAM, and (1.21) it zeroes what it takes for every batch, however small: on
 * this 24 GiB machine a 22-sentence update of a 100k-sentence index took 8–10 s, of which 96 %
 * was the kernel clearing pages (perf), against 0.13 s with 2 GiB; a whole 100k index took
 * 143 s against 84 s (README, "Speed").
 */
export const INDEXING_MEMORY = "2GiB";

function meiliArgs(dataDir: string, port: number): string[] {
  return [
    "--db-path",
    join(dataDir, "meili"),
    "--dump-dir",
    join(dataDir, "dumps"),
    "--snapshot-dir",
    join(dataDir, "snapshots"),
    "--http-addr",
    `127.0.0.1:${port}`,
    "--env",
    "production",
    "--no-analytics",
    "--log-level",
    "WARN",
    "--max-indexing-memory",
    INDEXING_MEMORY,
  ];
}

// Meilisearch reads MEILI_* from its environment; ours (MEILI_HOST …) must not leak into it.
function withoutMeiliVars(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const key of Object.keys(copy)) if (key.startsWith("MEILI_")) delete copy[key];
  return copy;
}

export const masterKeyPathFor = (dataDir: string) => join(dataDir, "master-key");

/** Waits for `/health`; a failure says why, with the end of the server's log. */
async function waitForHealth(host: string, child: ChildProcess, logPath: string, timeoutMs: number) {
  try {
    await waitForHttp(`${host}/health`, { child, timeoutMs, requireOk: true, name: "Meilisearch" });
  } catch (error) {
    if (!(error instanceof WaitError)) throw error;
    throw new MeiliStartError(`${error.message}\n${logTail(logPath)}`);
  }
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
