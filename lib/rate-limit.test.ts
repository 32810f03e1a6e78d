import { describe, expect, it } from "vitest";
import { CLIENT_HEADER, clientKey, RateLimiter } from "./rate-limit";

describe("rate limiter", () => {
  it("allows a burst up to the limit, then asks to retry later", () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    expect([1, 2, 3].map(() => limiter.take("a").ok)).toEqual([true, true, true]);
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterSeconds: 20 });
    expect(limiter.take("b").ok).toBe(true);
    now += 20_000;
    expect(limiter.take("a").ok).toBe(true);
  });

  it("is off at 0 and forgets the least recent clients past its bound", () => {
    expect(new RateLimiter(0).take("a").ok).toBe(true);
    const limiter = new RateLimiter(1, () => 0, 2);
    limiter.take("a");
    limiter.take("b");
    limiter.take("c");
    expect(limiter.take("a").ok).toBe(true); // "a" was forgotten, so it has a fresh bucket
  });

  it("reads the client from the header Parley's server sets, never from X-Forwarded-For", () => {
    expect(clientKey(new Headers({ [CLIENT_HEADER]: "10.0.0.1" }))).toBe("10.0.0.1");
    expect(clientKey(new Headers({ "x-forwarded-for": "10.0.0.1" }))).toBe("unknown");
  });
});
