import { describe, expect, it } from "vitest";
import { type SpanCounts, spansToCount, timelineOf, uncountedSpans } from "./timeline";

describe("the timeline's bars", () => {
  it("counts by day over a short time, with the days without results at 0", () => {
    const t = timelineOf({ month: { "2017-11": 3 }, day: { "2017-11-02": 1, "2017-11-04": 2 } }, {})!;
    expect(t.granularity).toBe("day");
    expect(t.buckets).toEqual([
      { key: "2017-11-02", from: "2017-11-02", to: "2017-11-02", count: 1 },
      { key: "2017-11-03", from: "2017-11-03", to: "2017-11-03", count: 0 },
      { key: "2017-11-04", from: "2017-11-04", to: "2017-11-04", count: 2 },
    ]);
  });

  it("spans the range when both ends are set, and by weeks or months as the time grows", () => {
    const month = timelineOf({ month: { "2017-11": 5 }, day: { "2017-11-10": 5 } }, { from: "2017-11-01", to: "2017-11-30" })!;
    expect([month.buckets.length, month.buckets[0]!.key, month.buckets.at(-1)!.key]).toEqual([30, "2017-11-01", "2017-11-30"]);
    expect(month.buckets.reduce((n, b) => n + b.count, 0)).toBe(5);
    const weeks = timelineOf(
      { month: { "2017-10": 1, "2017-12": 2 }, week: { "2017-10-16": 1, "2017-12-25": 2 }, day: { "2017-10-17": 1, "2017-12-31": 2 } },
      {},
    )!;
    expect(weeks.granularity).toBe("week");
    expect(weeks.buckets[0]).toEqual({ key: "2017-10-16", from: "2017-10-16", to: "2017-10-22", count: 1 });
    expect(weeks.buckets.find((b) => b.key === "2017-10-16")!.count).toBe(1);
    expect(weeks.buckets.at(-1)).toEqual({ key: "2017-12-25", from: "2017-12-25", to: "2017-12-31", count: 2 });
    const years = timelineOf({ month: { "2015-03": 4, "2017-12": 1 } }, {})!;
    expect(years.granularity).toBe("month");
    expect(years.buckets.length).toBe(34);
    expect(years.buckets[0]).toEqual({ key: "2015-03", from: "2015-03-01", to: "2015-03-31", count: 4 });
  });

  it("counts by year over more than five years, from the years' counts (the months' hold only the 100 most frequent)", () => {
    const months = Object.fromEntries(
      Array.from({ length: 100 }, (_, i) => [
        `20${String(10 + Math.floor(i / 12)).padStart(2, "0")}-${String((i % 12) + 1).padStart(2, "0")}`,
        1,
      ]),
    );
    const t = timelineOf({ month: months, year: { "1990": 7, "2017": 3 } }, {})!;
    expect(t.granularity).toBe("year");
    expect(t.buckets.length).toBe(28);
    expect(t.buckets[0]).toEqual({ key: "1990", from: "1990-01-01", to: "1990-12-31", count: 7 });
    expect(t.buckets.at(-1)).toEqual({ key: "2017", from: "2017-01-01", to: "2017-12-31", count: 3 });
    expect(timelineOf({ day: { "2017-01-02": 1 } }, {})!.buckets).toHaveLength(1);
  });

  it("has consecutive bars that cover the whole time, each once", () => {
    const cases: SpanCounts[] = [
      { month: { "2016-01": 1, "2016-03": 1 }, day: { "2016-01-31": 1, "2016-03-01": 1 } },
      { month: { "2016-01": 1, "2016-09": 1 }, week: { "2016-01-04": 1 } },
    ];
    for (const counts of cases) {
      const { buckets } = timelineOf(counts, {})!;
      for (let i = 1; i < buckets.length; i++) {
        expect(Date.parse(buckets[i]!.from) - Date.parse(buckets[i - 1]!.to)).toBe(86_400_000);
      }
    }
  });

  it("counts months and years first over a corpus of more than 434 days, and only the range's span when both ends are set", () => {
    expect(spansToCount({}, undefined)).toEqual(["day", "week", "month", "year"]);
    expect(spansToCount({ from: "2017-11-01" }, 434)).toEqual(["day", "week", "month", "year"]);
    expect(spansToCount({ to: "2017-11-01" }, 435)).toEqual(["month", "year"]);
    expect(spansToCount({ from: "2017-11-01", to: "2017-12-31" }, 5000)).toEqual(["day"]);
    expect(spansToCount({ from: "2017-11-01", to: "2018-01-01" }, undefined)).toEqual(["day"]);
    expect(spansToCount({ from: "2017-11-01", to: "2018-01-02" }, undefined)).toEqual(["week"]);
    expect(spansToCount({ from: "2010-11-01", to: "2017-01-01" }, 10)).toEqual(["year"]);
  });

  it("names the spans still to count when the results lie within fourteen months, and none beyond", () => {
    // Within three months: the days give the time covered, which may be drawn by weeks.
    expect(uncountedSpans({ month: { "2017-10": 1, "2017-12": 2 }, year: { "2017": 3 } }, {})).toEqual(["day", "week"]);
    // Ten months: by weeks.
    expect(uncountedSpans({ month: { "2017-01": 1, "2017-10": 2 }, year: { "2017": 3 } }, {})).toEqual(["week"]);
    expect(uncountedSpans({ month: { "2016-01": 1, "2017-10": 2 }, year: { "2016": 1, "2017": 2 } }, {})).toEqual([]);
    expect(uncountedSpans({ month: {}, year: {} }, {})).toEqual([]);
    // An open range's end counts as the results' first or last day.
    expect(uncountedSpans({ month: { "2018-01": 1, "2018-06": 1 }, year: { "2018": 2 } }, { to: "2018-12-31" })).toEqual(["week"]);
    expect(uncountedSpans({ month: { "2018-01": 1, "2018-06": 1 }, year: { "2018": 2 } }, { to: "2019-12-31" })).toEqual([]);
    const counts: SpanCounts = { month: { "2017-01": 1, "2017-10": 2 }, year: { "2017": 3 }, week: { "2017-01-02": 1 } };
    expect(uncountedSpans(counts, {})).toEqual([]);
    expect(timelineOf(counts, {})!.granularity).toBe("week");
    expect(() => timelineOf({ month: { "2017-01": 1, "2017-10": 2 } }, {})).toThrow(/week/);
  });

  it("has no bars when no result is dated", () => {
    expect(timelineOf({}, {})).toBeUndefined();
    expect(timelineOf({ month: {} }, { from: "2017-11-01" })).toBeUndefined();
  });
});
