import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * What the supervisor of the embedded server tells the web app while the server is down: a
 * small file beside the lock, present only during a restart. The app reads it to say what
 * is happening instead of a bare "unavailable".
 */
export interface EngineStatus {
  state: "restarting";
  /** Why the server stopped: its exit code or signal. */
  reason: string;
  /** Restarts since the server last ran steadily. */
  attempt: number;
  /** When the next start is tried (ms since the epoch). */
  retryAt: number;
}

export const statusPathFor = (dataDir: string) => join(dataDir, "meili.status.json");

export function writeStatus(path: string, status: EngineStatus): void {
  writeFileSync(path, JSON.stringify(status));
}

export function clearStatus(path: string): void {
  rmSync(path, { force: true });
}

/** The status at `path`, or undefined when there is none (the server is up, or not supervised). */
export function readStatus(path: string): EngineStatus | undefined {
  try {
    const status = JSON.parse(readFileSync(path, "utf8")) as EngineStatus;
    return status.state === "restarting" ? status : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What a user is told during a restart.
 *   { reason: "killed by SIGKILL", … } → "The search engine stopped (killed by SIGKILL) and is restarting. …"
 */
export function restartingMessage(status: EngineStatus): string {
  return `The search engine stopped (${status.reason}) and is restarting. Results will be back in a moment.`;
}
