import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

describe("GET /api/search with odd or oversized parameters", () => {
  it("answers 400 naming the parameter, never 500 and without asking Meilisearch", async () => {
    process.env.MEILI_HOST = "http://127.0.0.1:9"; // nothing listens: a 503 would mean the request went through
    const { GET } = await import("./route");
    const cases: [string, string][] = [
      [`q=${"x".repeat(10_000)}`, "q"],
      ["page=-1", "page"],
      ["page=1e9", "page"],
      ["page=abc", "page"],
      ["hitsPerPage=10000", "hitsPerPage"],
      [Array.from({ length: 60 }, (_, i) => `speaker=s${i}`).join("&"), "speaker"],
      ["speaker%20OR%201=1", "speaker OR 1"],
      ["q=a&q=b", "q"],
    ];
    for (const [qs, parameter] of cases) {
      const res = await GET(new NextRequest(`http://localhost/api/search?${qs}`));
      expect(res.status, qs.slice(0, 40)).toBe(400);
      expect((await res.json()).parameter).toBe(parameter);
    }
  });
});
