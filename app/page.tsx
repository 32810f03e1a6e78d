import type { Metadata } from "next";
import { SearchApp } from "@/components/search/search-app";
import { feedPath } from "@/lib/links";
import { searchSentences, unavailableMessage } from "@/meili/client";
import { paramsFromRecord, parseSearchState } from "@/lib/url-state";
import type { SearchView } from "@/meili/query";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The search's feed, for feed readers and browsers that discover it from the page. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { state } = parseSearchState(paramsFromRecord(await searchParams));
  return { alternates: { types: { "application/atom+xml": [{ url: feedPath(state), title: "This search, as an Atom feed" }] } } };
}

/** The search page: the server renders the URL's first results, so a shared link works without JavaScript. */
export default async function SearchPage({ searchParams }: Props) {
  const { state } = parseSearchState(paramsFromRecord(await searchParams));
  let initialData: SearchView | null = null;
  let initialError: string | null = null;
  try {
    initialData = await searchSentences(state);
  } catch (error) {
    console.error("search failed:", (error as Error).message);
    initialError = unavailableMessage();
  }
  // No <Suspense> here: the page is dynamic, so the client leaf renders in the first HTML
  // response instead of a streamed chunk that only JavaScript would reveal.
  return <SearchApp initialState={state} initialData={initialData} initialError={initialError} />;
}
