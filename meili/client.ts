import "server-only";
import { Meilisearch } from "meilisearch";
import { isTransient, UNAVAILABLE_MESSAGE } from "./errors";
import { readStatus, restartingMessage } from "./engine/status";
import { meiliHttp } from "./http-client";
import { appEnv } from "../lib/env";
import * as searches from "./searches";

/** Meilisearch could not be reached or is not ready: the API answers 503. */
export class SearchUnavailableError extends Error {
  override name = "SearchUnavailableError";
}

let cached: Meilisearch | undefined;

/**
 * The app's server-side client. It searches with MEILI_SEARCH_KEY when given (the
 * launcher passes a search-only key); the key never reaches the browser.
 */
function client(): Meilisearch {
  if (cached) return cached;
  const env = appEnv();
  if (!env.MEILI_HOST) {
    throw new SearchUnavailableError("MEILI_HOST is not set: start the app with `npm start`, or set MEILI_HOST and MEILI_SEARCH_KEY.");
  }
  cached = new Meilisearch({
    host: env.MEILI_HOST,
    apiKey: env.MEILI_SEARCH_KEY ?? env.MEILI_MASTER_KEY,
    timeout: 10_000,
    httpClient: meiliHttp,
  });
  return cached;
}

/** What the user is told while the engine cannot be reached: why, when Parley's supervisor knows. */
export function unavailableMessage(): string {
  const path = appEnv().PARLEY_ENGINE_STATUS;
  const status = path ? readStatus(path) : undefined;
  return status ? restartingMessage(status) : UNAVAILABLE_MESSAGE;
}

type Rest<F> = F extends (client: Meilisearch, ...args: infer A) => infer R ? (...args: A) => R : never;

/** A search of `searches.ts` bound to the app's client, with outages turned into SearchUnavailableError. */
function bound<F extends (client: Meilisearch, ...args: never[]) => Promise<unknown>>(fn: F): Rest<F> {
  return (async (...args: never[]) => {
    try {
      return await fn(client(), ...args);
    } catch (error) {
      if (!isTransient(error)) throw error;
      throw new SearchUnavailableError(`Meilisearch is unavailable: ${(error as Error).message}`);
    }
  }) as Rest<F>;
}

export const searchSentences = bound(searches.searchSentences);
export const searchHits = bound(searches.searchHits);
export const getArticle = bound(searches.getArticle);
export const getContext = bound(searches.getContext);
export const getClaimVersions = bound(searches.getClaimVersions);
export const searchFacetValues = bound(searches.searchFacetValues);
export const exportSentences = bound(searches.exportSentences);
export const searchFeed = bound(searches.searchFeed);
export type { ArticleView } from "./searches";
