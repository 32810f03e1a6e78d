import type { NextRequest } from "next/server";
import { GET as claimVersions } from "./claims/[id]/route";
import { GET as context } from "./context/[id]/route";
import { GET as exportResults } from "./export/route";
import { GET as facetValues } from "./facet-values/route";
import { GET as hits } from "./hits/route";
import { GET as search } from "./search/route";

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface ApiRoute {
  /** The folder under app/api, with `[name]` for a segment. */
  path: string;
  GET: Handler;
}

/**
 * Every API route, for the production server, which answers them itself with these same
 * handlers (scripts/direct-api.ts): Next.js's router cost about 4 ms a request on this machine,
 * a third of a search's time at a million sentences (bench README). Development serves them
 * through Next.js. A test checks that every route.ts under app/api is here.
 */
export const API_ROUTES: ApiRoute[] = [
  { path: "search", GET: search },
  { path: "hits", GET: hits },
  { path: "facet-values", GET: facetValues },
  { path: "export", GET: exportResults },
  { path: "claims/[id]", GET: claimVersions as Handler },
  { path: "context/[id]", GET: context as Handler },
];

/** "/api/claims/ab-1" → the claims route with { id: "ab-1" }; undefined when no route has that path. */
export function matchApiRoute(
  pathname: string,
  routes: ApiRoute[] = API_ROUTES,
): { route: ApiRoute; params: Record<string, string> } | undefined {
  if (!pathname.startsWith("/api/")) return undefined;
  const parts = pathname.slice("/api/".length).split("/");
  for (const route of routes) {
    const pattern = route.path.split("/");
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((p, i) => {
      const part = parts[i]!;
      if (!p.startsWith("[")) return p === part;
      if (!part) return false;
      try {
        params[p.slice(1, -1)] = decodeURIComponent(part);
      } catch {
        return false;
      }
      return true;
    });
    if (matches) return { route, params };
  }
  return undefined;
}
