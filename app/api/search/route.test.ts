import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { freePort } from "@/meili/engine/server";

describe("GET /api/search", () => {
  it("answers 400 naming the parameter", async () => {
    const { GET } = await import("./route");
    const res = await GET(new NextRequest("http://localhost/api/search?page=abc"));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ parameter: "page" });
    const unknown = await GET(new NextRequest("http://localhost/api/search?colour=red"));
    expect(await unknown.json()).toMatchObject({ parameter: "colour" });
  });

  it("answers 503 with a JSON message when Meilisearch is down", async () => {
    process.env.MEILI_HOST = `http://127.0.0.1:${await freePort()}`;
    process.env.MEILI_SEARCH_KEY = "unused";
    const { GET } = await import("./route");
    const res = await GET(new NextRequest("http://localhost/api/search?q=x"));
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toMatch(/json/);
    expect((await res.json()).error).toMatch(/unavailable/);
  });
});
