import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from "meilisearch";

/**
 * The API error (a 4xx/5xx answer) behind a failure, if there is one. meilisearch-js wraps
 * whatever its HTTP client throws in a MeilisearchRequestError, so with Parley's client
 * (`http-client.ts`) an API error arrives as the `cause` of a request error.
 */
export function apiErrorOf(error: unknown): MeilisearchApiError | undefined {
  if (error instanceof MeilisearchApiError) return error;
  if (error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError) return error.cause;
  return undefined;
}

/** Meilisearch's error code ("index_not_found", …) of a failed request, if it answered one. */
export function meiliErrorCode(error: unknown): string | undefined {
  return (apiErrorOf(error)?.cause as { code?: string } | undefined)?.code;
}

/**
 * Whether a Meilisearch failure is the server being unreachable or failing (worth retrying,
 * and a 503 for the app), as opposed to a request it refused (a 4xx, final).
 */
export function isTransient(error: unknown): boolean {
  const api = apiErrorOf(error);
  if (api) return api.response.status >= 500;
  return error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError;
}

/** What the user is told while the engine cannot be reached. */
export const UNAVAILABLE_MESSAGE = "The search engine is unavailable. Retrying shortly.";
