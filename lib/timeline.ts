import { bucketOf, bucketRange, type Granularity } from "./date-buckets";
import { DAY_SECONDS, dayStart } from "./dates";

export interface TimelineBucket {
  /** The span's key as the index has it: "2017-11-03", "2017-10-30" (a week's Monday), "2017-11". */
  key: string;
  /** Its first and last day, for the range a click on it sets. */
  from: string;
  to: string;
  count: number;
}

export interface Timeline {
  granularity: Granularity;
  buckets: TimelineBucket[];
}

/** Results counted per span, as Meilisearch's facet distribution gives them. */
export type SpanCounts = Partial<Record<Granularity, Record<string, number>>>;

/** About this many bars at most: a day each up to two months, a week each up to fourteen months, a month each up to five years, then years. */
const MAX_BARS = 62;

/**
 * The counts per span → the bars of the timeline, every span from the first to the last
 * (those without results at 0), by day, week or month as the time covered allows. The time
 * covered is the range's when both ends are set, else the results'. Undefined when no result is
 * dated.
 *
 * timelineOf({ month: { "2017-11": 3 }, day: { "2017-11-02": 1, "2017-11-04": 2 } }, {})
 *   → { granularity: "day", buckets: [2017-11-02: 1, 2017-11-03: 0, 2017-11-04: 2] }
 */
export function timelineOf(counts: SpanCounts, range: { from?: string; to?: string }): Timeline | undefined {
  const days = Object.keys(counts.day ?? {}).sort();
  const months = Object.keys(counts.month ?? {}).sort();
  const years = Object.keys(counts.year ?? {}).sort();
  if (!months.length && !days.length && !years.length) return undefined;
  const rangeFrom = range.from === undefined ? undefined : dayStart(range.from);
  const rangeTo = range.to === undefined ? undefined : dayStart(range.to);
  // The results' first and last moment, to the precision the counts allow. The engine returns at
  // most 100 values of a span field: days are complete over three months, months over five
  // years, years always (a century).
  const yearSpan = years.length ? Number(years[years.length - 1]) - Number(years[0]) + 1 : 1;
  const monthSpan = months.length ? monthIndex(months[months.length - 1]!) - monthIndex(months[0]!) + 1 : 1;
  const [dataFrom, dataTo] =
    years.length && (yearSpan > 5 || !months.length)
      ? [dayStart(`${years[0]}-01-01`)!, dayStart(`${years[years.length - 1]}-12-31`)!]
      : days.length && (monthSpan <= 3 || !months.length)
        ? [dayStart(days[0]!)!, dayStart(days[days.length - 1]!)!]
        : [dayStart(`${months[0]}-01`)!, lastDayOf(months[months.length - 1]!)];
  const from = rangeFrom ?? dataFrom;
  const to = rangeTo ?? dataTo;
  const spanDays = (to - from) / DAY_SECONDS + 1;
  const granularity: Granularity =
    spanDays <= MAX_BARS ? "day" : spanDays <= MAX_BARS * 7 ? "week" : spanDays <= MAX_BARS * 30.5 ? "month" : "year";
  const counted = counts[granularity] ?? {};
  const buckets: TimelineBucket[] = [];
  for (let key = bucketOf(from, granularity); ; ) {
    const { from: start, to: end } = bucketRange(key, granularity);
    buckets.push({ key, from: isoDay(start), to: isoDay(end), count: counted[key] ?? 0 });
    if (end >= to) break;
    key = bucketOf(end + 1, granularity);
  }
  return { granularity, buckets };
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function lastDayOf(month: string): number {
  return bucketRange(month, "month").to - DAY_SECONDS + 1;
}

function isoDay(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().slice(0, 10);
}
