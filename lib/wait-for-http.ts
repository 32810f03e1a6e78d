import type { ChildProcess } from "node:child_process";

export interface WaitOptions {
  /** The process that should answer: waiting stops if it exits. */
  child?: ChildProcess;
  timeoutMs?: number;
  /** Only a 2xx answer counts (a health check); by default any answer does. */
  requireOk?: boolean;
  /** What is waited for, in the error messages ("Meilisearch", "The web server"). */
  name?: string;
}

export class WaitError extends Error {
  override name = "WaitError";
}

/**
 * Resolves once `url` answers; fails with a WaitError when the child exits first or the
 * time is up.
 */
export async function waitForHttp(url: string, options: WaitOptions = {}): Promise<void> {
  const { child, timeoutMs = 60_000, requireOk = false, name = url } = options;
  let exit: string | undefined;
  const onExit = (code: number | null, signal: NodeJS.Signals | null) => (exit = signal ? `killed by ${signal}` : `code ${code}`);
  child?.once("exit", onExit);
  try {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100)) {
      if (exit) throw new WaitError(`${name} exited (${exit}) while starting.`);
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
        if (!requireOk || response.ok) return;
      } catch {
        // Not listening yet.
      }
    }
    throw new WaitError(`${name} did not answer on ${url} within ${timeoutMs / 1000}s.`);
  } finally {
    child?.off("exit", onExit);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
