import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

// Nothing listens on port 9: a 503 would mean the request reached for Meilisearch.
process.env.MEILI_HOST = "http://127.0.0.1:9";

const get = (url: string) => new NextRequest(`http://localhost${url}`);
const params = (id: string) => ({ params: Promise.resolve({ id }) });

describe("the API routes beside /api/search reject bad parameters by name", () => {
  it("facet value search", async () => {
    const { GET } = await import("./facet-values/route");
    for (const [qs, parameter] of [
      ["facet=topic&fq=a", "facet"],
      ["fq=a", "facet"],
      [`facet=speaker&fq=${"x".repeat(101)}`, "fq"],
      ["facet=speaker&fq=a&page=0", "page"],
    ]) {
      const res = await GET(get(`/api/facet-values?${qs}`));
      expect(res.status, qs).toBe(400);
      expect((await res.json()).parameter).toBe(parameter);
    }
  });

  it("export", async () => {
    const { GET } = await import("./export/route");
    const res = await GET(get("/api/export?format=xml"));
    expect(res.status).toBe(400);
    expect((await res.json()).parameter).toBe("format");
    expect((await (await GET(get("/api/export?sort=date"))).json()).parameter).toBe("sort");
  });

  it("claim versions and context take sentence ids only", async () => {
    const claims = await import("./claims/[id]/route");
    const context = await import("./context/[id]/route");
    for (const id of ["../etc", "abc", "a-b-c"]) {
      expect((await claims.GET(get(`/api/claims/x`), params(id))).status, id).toBe(400);
      expect((await context.GET(get(`/api/context/x`), params(id))).status, id).toBe(400);
    }
    // A well-formed id goes through to Meilisearch, which is down here.
    expect((await context.GET(get("/api/context/ab-1"), params("ab-1"))).status).toBe(503);
  });
});

describe("a search whose client has gone", () => {
  it("ends quietly with 499 instead of an error answer or a log line", async () => {
    const { GET } = await import("./search/route");
    const controller = new AbortController();
    controller.abort();
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const res = await GET(new NextRequest("http://localhost/api/search?q=abc", { signal: controller.signal }));
      expect(res.status).toBe(499);
    } finally {
      console.error = original;
    }
    expect(logged).toEqual([]);
  });
});

describe("a search's answer", () => {
  it("says in Server-Timing how long the search and the JSON took", async () => {
    const { searchRoute } = await import("./respond");
    const GET = searchRoute(async (state) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return { q: state.q };
    });
    const res = await GET(new NextRequest("http://localhost/api/search?q=tax"));
    expect(await res.json()).toEqual({ q: "tax" });
    const timing = res.headers.get("server-timing") ?? "";
    expect(timing).toMatch(/^search;dur=[\d.]+, json;dur=[\d.]+$/);
    expect(Number(/search;dur=([\d.]+)/.exec(timing)?.[1])).toBeGreaterThanOrEqual(25);
  });
});
