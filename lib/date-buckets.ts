import { DAY_SECONDS } from "./dates";

/**
 * The spans the timeline counts sentences in, as the indexer stores them on each document and
 * the app reads them back: a day, an ISO week (Monday to Sunday), a calendar month or a year, all in
 * UTC (a date-time written with an offset falls on its UTC day, as date filters compare it).
 */
export const GRANULARITIES = ["day", "week", "month", "year"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** Seconds since the epoch → the span's key: "2017-12-31" (day), "2017-12-25" (week: its Monday), "2017-12" (month), "2017". */
export function bucketOf(epochSeconds: number, granularity: Granularity): string {
  const day = new Date(Math.floor(epochSeconds / DAY_SECONDS) * DAY_SECONDS * 1000);
  if (granularity === "year") return day.toISOString().slice(0, 4);
  if (granularity === "month") return day.toISOString().slice(0, 7);
  if (granularity === "day") return day.toISOString().slice(0, 10);
  // getUTCDay: 0 is Sunday; ISO weeks start on Monday.
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_SECONDS * 1000).toISOString().slice(0, 10);
}

/** A moment's span of each granularity: what a dated sentence carries. */
export function spansOf(epochSeconds: number): Record<Granularity, string> {
  return Object.fromEntries(GRANULARITIES.map((g) => [g, bucketOf(epochSeconds, g)])) as Record<Granularity, string>;
}

/** A span's key → its first and last day: spanDays("2016-02", "month") → { from: "2016-02-01", to: "2016-02-29" }. */
export function spanDays(key: string, granularity: Granularity): { from: string; to: string } {
  const { from, to } = bucketRange(key, granularity);
  return { from: isoDay(from), to: isoDay(to) };
}

function isoDay(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().slice(0, 10);
}

/** A span's key → its first and last second, for the filter a click on it sets. */
export function bucketRange(key: string, granularity: Granularity): { from: number; to: number } {
  const start =
    Date.parse(granularity === "year" ? `${key}-01-01T00:00:00Z` : granularity === "month" ? `${key}-01T00:00:00Z` : `${key}T00:00:00Z`) /
    1000;
  const next =
    granularity === "day"
      ? start + DAY_SECONDS
      : granularity === "week"
        ? start + 7 * DAY_SECONDS
        : granularity === "month"
          ? Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)), 1) / 1000
          : Date.UTC(Number(key) + 1, 0, 1) / 1000;
  return { from: start, to: next - 1 };
}
