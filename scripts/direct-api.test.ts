import { createServer, request as httpRequest, type Server } from "node:http";
import { gunzipSync } from "node:zlib";
import { NextResponse } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiRoute } from "../app/api/route-table";
import { serveDirect } from "./direct-api";

let server: Server;
let base: string;
let aborted: Promise<string>;
let onAbort: (reason: string) => void;

const routes: ApiRoute[] = [
  { path: "big", GET: async (request) => NextResponse.json({ q: request.nextUrl.searchParams.get("q"), filler: "x".repeat(5000) }) },
  { path: "small/[id]", GET: async (_request, { params }) => NextResponse.json({ id: (await params).id }, { status: 404 }) },
  {
    path: "slow",
    GET: (request) =>
      new Promise<Response>((resolve) => {
        request.signal.addEventListener("abort", () => {
          onAbort(String(request.signal.reason));
          resolve(new Response(null, { status: 499 }));
        });
      }),
  },
];

beforeAll(async () => {
  aborted = new Promise((resolve) => (onAbort = resolve));
  server = createServer(async (req, res) => {
    if (!(await serveDirect(req, res, routes))) res.writeHead(404, { "X-Fallback": "next" }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw request, so the encoding the server chose is seen as sent. */
function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the production server's own API dispatch", () => {
  it("answers with the route's handler, its status and headers, and the security headers", async () => {
    const res = await get("/api/small/a%20b");
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body.toString())).toEqual({ id: "a b" });
    expect(res.headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "content-type": "application/json",
    });
    expect(res.headers["content-security-policy"]).toMatch(/default-src 'self'/);
  });

  it("gzips a large answer for a client that takes gzip, and only then", async () => {
    const zipped = await get("/api/big?q=tax", { "Accept-Encoding": "br;q=1, gzip;q=0.8" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.body.length).toBeLessThan(1000);
    expect(JSON.parse(gunzipSync(zipped.body).toString()).q).toBe("tax");
    for (const accept of [undefined, "gzip;q=0", "identity"]) {
      const plain = await get("/api/big?q=tax", accept ? { "Accept-Encoding": accept } : {});
      expect(plain.headers["content-encoding"], accept).toBeUndefined();
      expect(JSON.parse(plain.body.toString()).q).toBe("tax");
    }
    expect((await get("/api/small/x", { "Accept-Encoding": "gzip" })).headers["content-encoding"]).toBeUndefined();
  });

  it("answers HEAD without a body, refuses other methods, and leaves other paths to Next.js", async () => {
    const head = await get("/api/big", {}, "HEAD");
    expect([head.status, head.body.length]).toEqual([200, 0]);
    const post = await get("/api/big", {}, "POST");
    expect([post.status, post.headers.allow]).toEqual([405, "GET, HEAD"]);
    for (const path of ["/", "/articles/a", "/api/nothing"]) expect((await get(path)).headers["x-fallback"], path).toBe("next");
  });

  it("aborts the handler's signal when the client goes away before the answer", async () => {
    const controller = new AbortController();
    const pending = fetch(`${base}/api/slow`, { signal: controller.signal }).catch(() => "gone");
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    expect(await pending).toBe("gone");
    expect(await aborted).toMatch(/client went away/);
  });
});
