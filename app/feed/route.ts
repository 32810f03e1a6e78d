import type { NextRequest } from "next/server";
import { searchFeed } from "@/meili/client";
import { parseSearchState } from "@/lib/url-state";
import { apiRoute, badRequest } from "../api/respond";
import { atomFeed } from "./atom";

export const dynamic = "force-dynamic";

/** GET /feed?<search>: the search's newest sentences as an Atom feed, for a feed reader to follow. */
export const GET = apiRoute(async (request: NextRequest) => {
  const { state, errors } = parseSearchState(request.nextUrl.searchParams);
  if (errors.length) return badRequest(errors);
  const sentences = await searchFeed(state);
  const body = atomFeed({ origin: request.nextUrl.origin, state, sentences, now: new Date() });
  return new Response(body, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
});
