import type { NextRequest } from "next/server";
import { searchHits } from "@/meili/client";
import { parseSearchState } from "@/lib/url-state";
import { badRequest, json, apiRoute } from "../respond";

export const dynamic = "force-dynamic";

/** GET /api/hits?q=…&speaker=…: one page of hits alone, painted before /api/search's counts. */
export const GET = apiRoute(async (request: NextRequest) => {
  const { state, errors } = parseSearchState(request.nextUrl.searchParams);
  if (errors.length) return badRequest(errors);
  return json(200, await searchHits(state, request.signal));
});
