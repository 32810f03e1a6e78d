import { readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { API_ROUTES, matchApiRoute } from "./route-table";

const here = dirname(fileURLToPath(import.meta.url));

describe("the API route table", () => {
  it("has every route.ts under app/api, once", () => {
    const onDisk = readdirSync(here, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(`${"/"}route.ts`))
      .map((f) => dirname(relative(here, join(here, f))))
      .sort();
    expect(API_ROUTES.map((r) => r.path).sort()).toEqual(onDisk);
  });

  it("matches paths to routes and their segments, and nothing else", () => {
    expect(matchApiRoute("/api/search")?.route.path).toBe("search");
    expect(matchApiRoute("/api/claims/ab-1")).toMatchObject({ route: { path: "claims/[id]" }, params: { id: "ab-1" } });
    expect(matchApiRoute("/api/context/a%20b")?.params).toEqual({ id: "a b" });
    for (const path of ["/api", "/api/", "/api/searches", "/api/search/x", "/api/claims/", "/api/claims/%E0%A4%A", "/articles/x", "/"]) {
      expect(matchApiRoute(path), path).toBeUndefined();
    }
  });
});
