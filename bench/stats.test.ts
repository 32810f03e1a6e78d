import { describe, expect, it } from "vitest";
import { percentiles, quantile } from "./stats";

describe("quantile", () => {
  it("takes the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(quantile(values, 0.5)).toBe(50);
    expect(quantile(values, 0.95)).toBe(95);
    expect(quantile(values, 1)).toBe(100);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe("percentiles", () => {
  it("gives the median and the 95th percentile to a tenth", () => {
    expect(percentiles([3.27, 1, 2])).toEqual({ p50: 2, p95: 3.3 });
  });
});
