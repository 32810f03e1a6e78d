import { describe, expect, it } from "vitest";
import { spanDays } from "./date-buckets";
import { dayStart, daysBefore, formatDay, formatMonth, formatRange, parseDate } from "./dates";

describe("parseDate", () => {
  it("reads a calendar date as that day at midnight UTC", () => {
    expect(parseDate("2017-12-31")).toEqual({ iso: "2017-12-31", epoch: Date.UTC(2017, 11, 31) / 1000 });
    expect(parseDate(" 2017-10-19 ")).toEqual({ iso: "2017-10-19", epoch: Date.UTC(2017, 9, 19) / 1000 });
  });

  it("reads a date-time with its offset, and without one as UTC", () => {
    expect(parseDate("2017-12-31T09:30:00+01:00")).toEqual({
      iso: "2017-12-31T09:30:00+01:00",
      epoch: Date.UTC(2017, 11, 31, 8, 30) / 1000,
    });
    expect(parseDate("2017-12-31T09:30-0530")).toEqual({ iso: "2017-12-31T09:30:00-05:30", epoch: Date.UTC(2017, 11, 31, 15, 0) / 1000 });
    expect(parseDate("2017-12-31T23:59:59.250Z")).toEqual({
      iso: "2017-12-31T23:59:59Z",
      epoch: Date.UTC(2017, 11, 31, 23, 59, 59) / 1000,
    });
    expect(parseDate("2017-12-31 08:00")).toEqual({ iso: "2017-12-31T08:00:00Z", epoch: Date.UTC(2017, 11, 31, 8) / 1000 });
  });

  it("agrees with the platform's own ISO parsing wherever both read a date-time", () => {
    for (const text of ["2020-02-29T12:00:00Z", "1999-01-01T00:00:00+14:00", "2017-06-30T18:45:10-08:00"]) {
      expect((parseDate(text) as { epoch: number }).epoch).toBe(Date.parse(text) / 1000);
    }
  });

  it("refuses dates that are not ISO or not on the calendar, saying which", () => {
    expect(parseDate("31/12/2017")).toEqual({ error: expect.stringMatching(/"31\/12\/2017" is not an ISO 8601 date/) });
    expect(parseDate("Dec 31, 2017")).toHaveProperty("error");
    expect(parseDate("2017-02-29")).toEqual({ error: expect.stringMatching(/not a day of the calendar/) });
    expect(parseDate("2017-13-01")).toEqual({ error: expect.stringMatching(/not a day of the calendar/) });
    expect(parseDate("2017-12-31T24:00")).toEqual({ error: expect.stringMatching(/no such time of day/) });
    expect(parseDate("2017-12-31T10:00+19:00")).toEqual({ error: expect.stringMatching(/offset/) });
    expect(parseDate("")).toHaveProperty("error");
  });
});

describe("dates in words", () => {
  it("writes days, months and ranges in UTC, as the URL has them", () => {
    expect(formatDay("2017-11-01")).toBe("1 Nov 2017");
    expect(formatMonth("2017-12")).toBe("Dec 2017");
    expect(formatRange({ from: "2017-11-01", to: "2017-11-30" })).toBe("1 Nov 2017 – 30 Nov 2017");
    expect(formatRange({ from: "2017-11-01", to: "2017-11-01" })).toBe("1 Nov 2017");
    expect(formatRange({ from: "2017-11-01" })).toBe("from 1 Nov 2017");
    expect(formatRange({ to: "2017-11-30" })).toBe("until 30 Nov 2017");
  });

  it("counts days back across months and years", () => {
    expect(daysBefore("2017-12-31", 6)).toBe("2017-12-25");
    expect(daysBefore("2018-01-03", 29)).toBe("2017-12-05");
    expect(daysBefore("2016-03-01", 1)).toBe("2016-02-29");
  });

  it("gives a month's first and last day, leap years included", () => {
    expect(spanDays("2017-11", "month")).toEqual({ from: "2017-11-01", to: "2017-11-30" });
    expect(spanDays("2016-02", "month")).toEqual({ from: "2016-02-01", to: "2016-02-29" });
    expect(spanDays("2017-12", "month")).toEqual({ from: "2017-12-01", to: "2017-12-31" });
  });

  it("takes only calendar days as the start of a day", () => {
    expect(dayStart("2017-11-01")).toBe(Date.UTC(2017, 10, 1) / 1000);
    expect(dayStart("2017-11-01T10:00")).toBeUndefined();
    expect(dayStart("2017-11-31")).toBeUndefined();
  });
});
