import { describe, expect, it } from "vitest";
import { RestartPolicy } from "./restart-policy";

describe("restart policy", () => {
  it("backs off while the server keeps dying, up to a ceiling", () => {
    const policy = new RestartPolicy(1000, 8000, 60_000);
    expect([0, 0, 0, 0, 0].map(() => policy.next(100).delayMs)).toEqual([1000, 2000, 4000, 8000, 8000]);
  });

  it("starts over once the server has run steadily", () => {
    const policy = new RestartPolicy(1000, 30_000, 60_000);
    policy.next(100);
    policy.next(100);
    expect(policy.next(60_000)).toEqual({ attempt: 1, delayMs: 1000 });
  });
});
