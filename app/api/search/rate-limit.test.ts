import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { CLIENT_HEADER } from "@/lib/rate-limit";

describe("GET /api/search rate limit", () => {
  it("answers 429 with Retry-After past PARLEY_RATE_LIMIT per client", async () => {
    process.env.PARLEY_RATE_LIMIT = "2";
    const { GET } = await import("./route");
    const ask = (ip: string) => GET(new NextRequest("http://localhost/api/search?page=0", { headers: { [CLIENT_HEADER]: ip } }));
    expect((await ask("10.1.1.1")).status).toBe(400);
    expect((await ask("10.1.1.1")).status).toBe(400);
    const limited = await ask("10.1.1.1");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await ask("10.1.1.2")).status).toBe(400);
  });
});
