import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from "meilisearch";

/**
 * Whether a Meilisearch failure is the server being unreachable or failing (worth retrying,
 * and a 503 for the app), as opposed to a request it refused (a 4xx, final).
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) return true;
  return error instanceof MeilisearchApiError && error.response.status >= 500;
}

/** What the user is told while the engine cannot be reached. */
export const UNAVAILABLE_MESSAGE = "The search engine is unavailable. Retrying shortly.";
