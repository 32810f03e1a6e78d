import { NextResponse, type NextRequest } from "next/server";
import { MeilisearchApiError } from "meilisearch";
import { SearchUnavailableError, searchSentences } from "@/meili/client";
import { UNAVAILABLE_MESSAGE } from "@/meili/errors";
import { parseSearchState } from "@/lib/url-state";
import { appEnv } from "@/lib/env";
import { clientKey, RateLimiter } from "@/lib/rate-limit";

export const dynamic = "force-dynamic";

let limiter: RateLimiter | undefined;
const rateLimiter = () => (limiter ??= new RateLimiter(appEnv().PARLEY_RATE_LIMIT));

/** GET /api/search?q=…&speaker=…&page=…: the only search endpoint the browser talks to. */
export async function GET(request: NextRequest) {
  const verdict = rateLimiter().take(clientKey(request.headers));
  if (!verdict.ok) {
    return json(429, { error: "Too many searches: slow down a little." }, { "Retry-After": String(verdict.retryAfterSeconds) });
  }
  const { state, errors } = parseSearchState(request.nextUrl.searchParams);
  if (errors.length) {
    const [first] = errors;
    return json(400, { error: `Invalid parameter "${first!.parameter}": ${first!.message}`, parameter: first!.parameter, errors });
  }
  try {
    return json(200, await searchSentences(state));
  } catch (error) {
    if (error instanceof SearchUnavailableError) {
      return json(503, { error: UNAVAILABLE_MESSAGE }, { "Retry-After": "2" });
    }
    if (error instanceof MeilisearchApiError) {
      return json(400, { error: error.message });
    }
    console.error("search failed:", error);
    return json(500, { error: "Search failed." });
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}
