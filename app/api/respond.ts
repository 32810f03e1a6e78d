import { NextResponse, type NextRequest } from "next/server";
import { SearchUnavailableError, unavailableMessage } from "@/meili/client";
import { apiErrorOf } from "@/meili/errors";
import { parseSearchState, type ParamError, type SearchState } from "@/lib/url-state";
import { appEnv } from "@/lib/env";
import { clientKey, RateLimiter } from "@/lib/rate-limit";

let limiter: RateLimiter | undefined;
const rateLimiter = () => (limiter ??= new RateLimiter(appEnv().PARLEY_RATE_LIMIT));

/** nginx's status for a request whose client went away before the answer. */
const CLIENT_CLOSED_REQUEST = 499;

export function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** 400 naming the first bad parameter (and listing all of them). */
export function badRequest(errors: ParamError[]) {
  const [first] = errors;
  return json(400, { error: `Invalid parameter "${first!.parameter}": ${first!.message}`, parameter: first!.parameter, errors });
}

/**
 * Every API route's frame: the per-client rate limit, then the handler, with Meilisearch's
 * failures mapped the same way everywhere (unreachable → 503 with Retry-After, refused → 400).
 */
export function apiRoute<C>(handler: (request: NextRequest, context: C) => Promise<Response>) {
  // The context is optional for callers: routes without dynamic segments get none.
  return async (request: NextRequest, context?: C): Promise<Response> => {
    const verdict = rateLimiter().take(clientKey(request.headers));
    if (!verdict.ok) {
      return json(429, { error: "Too many searches: slow down a little." }, { "Retry-After": String(verdict.retryAfterSeconds) });
    }
    try {
      return await handler(request, context as C);
    } catch (error) {
      // The browser gave up on it (a newer search superseded it): nobody reads the answer.
      if (request.signal.aborted) return new Response(null, { status: CLIENT_CLOSED_REQUEST });
      if (error instanceof SearchUnavailableError) return json(503, { error: unavailableMessage() }, { "Retry-After": "2" });
      const refused = apiErrorOf(error);
      if (refused) return json(400, { error: refused.message });
      console.error("search failed:", error);
      return json(500, { error: "Search failed." });
    }
  };
}

/** A route that answers a search state from its query string (bad parameters → 400 naming them). */
export function searchRoute(search: (state: SearchState, signal: AbortSignal) => Promise<unknown>) {
  return apiRoute(async (request: NextRequest) => {
    const started = performance.now();
    const { state, errors } = parseSearchState(request.nextUrl.searchParams);
    if (errors.length) return badRequest(errors);
    const body = await search(state, request.signal);
    const searched = performance.now();
    const response = json(200, body);
    // Where a slow answer's time went, for the browser's network panel and the bench.
    response.headers.set(
      "Server-Timing",
      `search;dur=${(searched - started).toFixed(1)}, json;dur=${(performance.now() - searched).toFixed(1)}`,
    );
    return response;
  });
}
