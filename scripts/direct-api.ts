import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { NextRequest } from "next/server";
import { type ApiRoute, API_ROUTES, matchApiRoute } from "../app/api/route-table";
import { securityHeaders } from "../lib/security-headers";

const gzipped = promisify(gzip);
const HEADERS = securityHeaders(true);
/** Below this a compressed answer saves less than it costs (the threshold Next.js's compression uses). */
const COMPRESS_FROM = 1024;

/**
 * Answers an API request with its route's handler, as Next.js would (the same headers, gzip
 * when the client takes it, HEAD as GET without the body, 405 for other methods), or returns
 * false for a path no API route has. The handler's signal aborts when the client goes away
 * before the answer, so a superseded search stops waiting for Meilisearch.
 */
export async function serveDirect(request: IncomingMessage, response: ServerResponse, routes: ApiRoute[] = API_ROUTES): Promise<boolean> {
  const url = new URL(request.url ?? "/", `http://${request.headers.host ?? "localhost"}`);
  const matched = matchApiRoute(url.pathname, routes);
  if (!matched) return false;
  for (const { key, value } of HEADERS) response.setHeader(key, value);
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD" }).end();
    return true;
  }
  const aborter = new AbortController();
  response.once("close", () => {
    if (!response.writableFinished) aborter.abort(new Error("the client went away"));
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  let answer: Response;
  try {
    answer = await matched.route.GET(new NextRequest(url, { headers, signal: aborter.signal }), {
      params: Promise.resolve(matched.params),
    });
  } catch (error) {
    // The handlers map their own failures to answers (app/api/respond.ts): this is a bug.
    console.error(`${url.pathname} failed:`, error);
    if (!response.headersSent) response.writeHead(500, { "Content-Type": "application/json" }).end('{"error":"Search failed."}');
    return true;
  }
  let body: Buffer = Buffer.from(await answer.arrayBuffer());
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  if (body.length >= COMPRESS_FROM && !answer.headers.has("content-encoding") && acceptsGzip(request.headers["accept-encoding"])) {
    body = await gzipped(body);
    response.setHeader("Content-Encoding", "gzip");
    response.setHeader("Vary", "Accept-Encoding");
  }
  response.setHeader("Content-Length", body.length);
  response.writeHead(answer.status);
  response.end(request.method === "HEAD" ? undefined : body);
  return true;
}

function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return value.split(",").some((part) => {
    const [coding, ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    return coding?.trim().toLowerCase() === "gzip" && (q === undefined || Number(q) > 0);
  });
}
