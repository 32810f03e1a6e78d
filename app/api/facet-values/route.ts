import type { NextRequest } from "next/server";
import { searchFacetValues } from "@/meili/client";
import { SEARCHABLE_FACETS as SEARCHABLE } from "@/meili/schema";
import { parseSearchState, type ParamError } from "@/lib/url-state";
import { badRequest, json, apiRoute } from "../respond";

export const dynamic = "force-dynamic";

const MAX_QUERY = 100;

/** GET /api/facet-values?facet=speaker&fq=lav&<search>: a group's values matching fq, counted within the search. */
export const GET = apiRoute(async (request: NextRequest) => {
  const params = new URLSearchParams(request.nextUrl.searchParams);
  const facet = params.get("facet") ?? "";
  const fq = params.get("fq") ?? "";
  params.delete("facet");
  params.delete("fq");
  const { state, errors } = parseSearchState(params);
  const own: ParamError[] = [];
  if (!(SEARCHABLE as readonly string[]).includes(facet))
    own.push({ parameter: "facet", message: `must be one of ${SEARCHABLE.join(", ")}` });
  if (fq.length > MAX_QUERY) own.push({ parameter: "fq", message: `longer than ${MAX_QUERY} characters` });
  if (own.length || errors.length) return badRequest([...own, ...errors]);
  return json(200, { facet, values: await searchFacetValues(state, facet as (typeof SEARCHABLE)[number], fq) });
});
