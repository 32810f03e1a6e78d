import { isTransient } from "../meili/errors";

/** Runs a Meilisearch operation, retrying while the server cannot be reached. */
export type Retry = <T>(what: string, operation: () => Promise<T>) => Promise<T>;

export class MeiliUnreachableError extends Error {
  override name = "MeiliUnreachableError";
}

/**
 * Retries with exponential backoff (0.2 s doubling to 5 s) for up to `seconds` when
 * Meilisearch is unreachable or answers 5xx; any other error (a failed task, a 4xx) is final.
 * Safe because every write is idempotent: documents have deterministic ids.
 */
export function retrying(seconds: number, onRetry?: (what: string, error: Error, waitMs: number) => void): Retry {
  return async (what, operation) => {
    const deadline = Date.now() + seconds * 1000;
    for (let wait = 200; ; wait = Math.min(wait * 2, 5000)) {
      try {
        return await operation();
      } catch (error) {
        if (!isTransient(error)) throw error;
        if (Date.now() + wait > deadline) {
          throw new MeiliUnreachableError(
            `Meilisearch stayed unreachable for ${seconds}s while trying to ${what}: ${(error as Error).message}`,
          );
        }
        onRetry?.(what, error as Error, wait);
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  };
}
