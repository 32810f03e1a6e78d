import { bucketOf, bucketRange, type Granularity, spanDays } from "./date-buckets";
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
  const [extent, keys]: [Granularity, string[]] =
    years.length && (yearSpan > 5 || !months.length)
      ? ["year", years]
      : days.length && (monthSpan <= 3 || !months.length)
        ? ["day", days]
        : ["month", months];
  const from = rangeFrom ?? bucketRange(keys[0]!, extent).from;
  // (The start of the last day, as a range's end is.)
  const to = rangeTo ?? bucketRange(keys[keys.length - 1]!, extent).to - DAY_SECONDS + 1;
  const coveredDays = (to - from) / DAY_SECONDS + 1;
  const granularity: Granularity =
    coveredDays <= MAX_BARS ? "day" : coveredDays <= MAX_BARS * 7 ? "week" : coveredDays <= MAX_BARS * 30.5 ? "month" : "year";
  const counted = counts[granularity] ?? {};
  const buckets: TimelineBucket[] = [];
  for (let key = bucketOf(from, granularity); ; ) {
    const end = bucketRange(key, granularity).to;
    buckets.push({ key, ...spanDays(key, granularity), count: counted[key] ?? 0 });
    if (end >= to) break;
    key = bucketOf(end + 1, granularity);
  }
  return { granularity, buckets };
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}
