import { describe, expect, it } from "vitest";
import { bucketOf, bucketRange } from "./date-buckets";

const at = (iso: string) => Date.parse(iso) / 1000;

describe("date buckets", () => {
  it("names a moment's day, ISO week (by its Monday) and month in UTC", () => {
    const t = at("2017-12-31T23:30:00Z"); // a Sunday
    expect(bucketOf(t, "day")).toBe("2017-12-31");
    expect(bucketOf(t, "week")).toBe("2017-12-25");
    expect(bucketOf(t, "month")).toBe("2017-12");
    expect(bucketOf(t, "year")).toBe("2017");
    expect(bucketOf(at("2018-01-01T00:00:00Z"), "week")).toBe("2018-01-01");
    expect(bucketOf(at("2017-12-31T23:30:00-02:00"), "day")).toBe("2018-01-01");
  });

  it("gives each span's first and last second, and every moment falls in its own span", () => {
    expect(bucketRange("2016", "year")).toEqual({ from: at("2016-01-01T00:00:00Z"), to: at("2016-12-31T23:59:59Z") });
    expect(bucketRange("2017-12", "month")).toEqual({ from: at("2017-12-01T00:00:00Z"), to: at("2017-12-31T23:59:59Z") });
    expect(bucketRange("2016-02", "month").to).toBe(at("2016-02-29T23:59:59Z"));
    expect(bucketRange("2017-12-25", "week")).toEqual({ from: at("2017-12-25T00:00:00Z"), to: at("2017-12-31T23:59:59Z") });
    expect(bucketRange("2017-12-31", "day")).toEqual({ from: at("2017-12-31T00:00:00Z"), to: at("2017-12-31T23:59:59Z") });
    for (let t = at("2016-12-20T05:00:00Z"); t < at("2017-03-10T00:00:00Z"); t += 37_123) {
      for (const g of ["day", "week", "month", "year"] as const) {
        const { from, to } = bucketRange(bucketOf(t, g), g);
        expect(from <= t && t <= to).toBe(true);
      }
    }
  });
});
