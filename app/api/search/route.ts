import type { NextRequest } from "next/server";
import { searchSentences } from "@/meili/client";
import { parseSearchState } from "@/lib/url-state";
import { badRequest, json, apiRoute } from "../respond";

export const dynamic = "force-dynamic";

/** GET /api/search?q=…&speaker=…&sort=…&group=…&page=…: the page's results. */
export const GET = apiRoute(async (request: NextRequest) => {
  const { state, errors } = parseSearchState(request.nextUrl.searchParams);
  if (errors.length) return badRequest(errors);
  return json(200, await searchSentences(state, request.signal));
});
