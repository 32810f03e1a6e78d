import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** What the lock file of a data folder says: who owns it, and the server's address once up. */
export interface MeiliLock {
  pid: number;
  meiliPid?: number;
  host?: string;
}

export class DataDirInUseError extends Error {
  override name = "DataDirInUseError";
}

export const lockPathFor = (dataDir: string) => join(dataDir, "meili.lock");

/**
 * Takes the data folder for this process: a lock left by a process that is gone is taken
 * over; one held by a live process is refused with a message saying what to do.
 */
export function acquireLock(dataDir: string): void {
  const lockPath = lockPathFor(dataDir);
  try {
    writeFileSync(lockPath, JSON.stringify({ pid: process.pid }), { flag: "wx" });
    return;
  } catch {
    // A lock exists: stale (its owner is gone) or held by a live run.
  }
  const owner = readLock(dataDir)?.pid;
  if (owner !== undefined && isAlive(owner)) {
    throw new DataDirInUseError(
      `The data folder ${dataDir} is in use by another Parley run (pid ${owner}). ` +
        `Stop that run, or set PARLEY_DATA_DIR to another folder.`,
    );
  }
  writeFileSync(lockPath, JSON.stringify({ pid: process.pid }));
}

/** Records the running server in this process's lock. */
export function writeLock(dataDir: string, lock: MeiliLock): void {
  writeFileSync(lockPathFor(dataDir), JSON.stringify(lock));
}

/** The lock of a data folder, if there is a readable one. */
export function readLock(dataDir: string): MeiliLock | undefined {
  try {
    const lock = JSON.parse(readFileSync(lockPathFor(dataDir), "utf8")) as MeiliLock;
    return Number.isInteger(lock.pid) ? lock : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process with this pid exists (one of another user's counts). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
