import "server-only";
import { Meilisearch } from "meilisearch";
import { isTransient } from "./errors";
import { appEnv } from "../lib/env";
import type { SearchState } from "../lib/url-state";
import { buildSearchRequests, toSearchView, type SearchView } from "./query";
import { SENTENCES_INDEX, type ArticleRecord, type SentenceDoc } from "./schema";
import { filterIn } from "./filters";

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
  cached = new Meilisearch({ host: env.MEILI_HOST, apiKey: env.MEILI_SEARCH_KEY ?? env.MEILI_MASTER_KEY, timeout: 10_000 });
  return cached;
}

/** One multi-search round trip for the whole page: hits, highlights and disjunctive counts. */
export async function searchSentences(state: SearchState): Promise<SearchView> {
  const { results } = await call(() => client().multiSearch<{ queries: ReturnType<typeof buildSearchRequests> }, SentenceDoc>({ queries: buildSearchRequests(state) }));
  return toSearchView(state, results);
}

export interface ArticleView {
  record: Pick<ArticleRecord, "id" | "title" | "url" | "date" | "source">;
  sentences: SentenceDoc[];
}

/** An article's sentences in order, or undefined when no such article is indexed. */
export async function getArticle(articleId: string): Promise<ArticleView | undefined> {
  const result = await call(() =>
    client().index<SentenceDoc>(SENTENCES_INDEX).search("", {
      filter: filterIn("articleId", [articleId]),
      sort: ["position:asc"],
      limit: 10_000,
    }),
  );
  const first = result.hits[0];
  if (!first) return undefined;
  return {
    record: { id: articleId, title: first.article, url: first.url, date: first.date, source: first.source },
    sentences: result.hits,
  };
}

async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (!isTransient(error)) throw error;
    throw new SearchUnavailableError(`Meilisearch is unavailable: ${(error as Error).message}`);
  }
}
