import { bucketOf, bucketRange, GRANULARITIES, type Granularity, spanDays } from "./date-buckets";
import { DAY_SECONDS, rangeDayStarts } from "./dates";

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

/** Beyond this many days no search's timeline is by day or week: counting months and years first is enough. */
export const WEEKS_AT_MOST_DAYS = MAX_BARS * 7;

type Range = { from?: string; to?: string };

/** What the bars are drawn from: the spans' size and the time covered; or the span fields still to count first. */
type Plan = { granularity: Granularity; from: number; to: number } | { uncounted: Granularity[] } | undefined;

/**
 * The span fields to count before the results' time is known. With both ends of a range set,
 * only the one the range is drawn by. Otherwise, over a corpus known to cover more than
 * WEEKS_AT_MOST_DAYS, months and years (day and week are the costly fields, with thousands of
 * values; they are counted afterwards when a search's results turn out to be that close together,
 * see `uncountedSpans`); else all four.
 */
export function spansToCount(range: Range, corpusDays: number | undefined): Granularity[] {
  const { from, to } = rangeDayStarts(range);
  if (from !== undefined && to !== undefined) return [granularityOver(from, to)];
  return corpusDays !== undefined && corpusDays > WEEKS_AT_MOST_DAYS ? ["month", "year"] : [...GRANULARITIES];
}

/** The span fields the timeline needs that were not counted (absent from `counts`): [] when it can be drawn. */
export function uncountedSpans(counts: SpanCounts, range: Range): Granularity[] {
  const plan = planOf(counts, range);
  return plan && "uncounted" in plan ? plan.uncounted : [];
}

/**
 * The counts per span → the bars of the timeline, every span from the first to the last
 * (those without results at 0), by day, week or month as the time covered allows. The time
 * covered is the range's when both ends are set, else the results'. Undefined when no result is
 * dated. The fields `uncountedSpans` names must be counted first.
 *
 * timelineOf({ month: { "2017-11": 3 }, day: { "2017-11-02": 1, "2017-11-04": 2 } }, {})
 *   → { granularity: "day", buckets: [2017-11-02: 1, 2017-11-03: 0, 2017-11-04: 2] }
 */
export function timelineOf(counts: SpanCounts, range: Range): Timeline | undefined {
  const plan = planOf(counts, range);
  if (!plan) return undefined;
  if ("uncounted" in plan) throw new Error(`the timeline needs the ${plan.uncounted.join(" and ")} counts`);
  const { granularity, from, to } = plan;
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

function planOf(counts: SpanCounts, range: Range): Plan {
  const keysOf = (g: Granularity) => Object.keys(counts[g] ?? {}).sort();
  if (!GRANULARITIES.some((g) => keysOf(g).length)) return undefined;
  const { from: rangeFrom, to: rangeTo } = rangeDayStarts(range);
  let from: number;
  let to: number;
  if (rangeFrom !== undefined && rangeTo !== undefined) [from, to] = [rangeFrom, rangeTo];
  else {
    // The results' first and last moment, to the precision the counts allow. The engine returns
    // at most 100 values of a span field: days are complete over three months, months over five
    // years, years always (a century).
    const [days, months, years] = [keysOf("day"), keysOf("month"), keysOf("year")];
    const yearSpan = years.length ? Number(years[years.length - 1]) - Number(years[0]) + 1 : 1;
    const monthSpan = months.length ? monthIndex(months[months.length - 1]!) - monthIndex(months[0]!) + 1 : 1;
    const byDays = monthSpan <= 3 || !months.length;
    // Within three months the days give the time covered, and it may come out as weeks.
    if (!(years.length && yearSpan > 5) && byDays && !counts.day)
      return { uncounted: (["day", "week"] as const).filter((g) => !counts[g]) };
    const [extent, keys]: [Granularity, string[]] =
      years.length && (yearSpan > 5 || !months.length) ? ["year", years] : days.length && byDays ? ["day", days] : ["month", months];
    from = rangeFrom ?? bucketRange(keys[0]!, extent).from;
    // (The start of the last day, as a range's end is.)
    to = rangeTo ?? bucketRange(keys[keys.length - 1]!, extent).to - DAY_SECONDS + 1;
  }
  const granularity = granularityOver(from, to);
  return counts[granularity] ? { granularity, from, to } : { uncounted: [granularity] };
}

/** The bars' span over a time, from its first day's start to its last day's. */
function granularityOver(from: number, to: number): Granularity {
  const coveredDays = (to - from) / DAY_SECONDS + 1;
  return coveredDays <= MAX_BARS ? "day" : coveredDays <= WEEKS_AT_MOST_DAYS ? "week" : coveredDays <= MAX_BARS * 30.5 ? "month" : "year";
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}
