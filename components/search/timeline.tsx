"use client";

import { useState } from "react";
import { FOCUS_RING } from "@/components/ui/focus-ring";
import { formatRange, formatSpan } from "@/lib/dates";
import type { Timeline as TimelineData, TimelineBucket } from "@/lib/timeline";
import type { DateRange } from "@/lib/url-state";
import { RangeLink } from "./range-link";

export interface TimelineProps {
  timeline: TimelineData;
  grouped: boolean;
  /** A page link for a range: each bar is one, so it works without JavaScript and in a new tab. */
  hrefFor: (dates: DateRange) => string;
  onRange: (dates: DateRange) => void;
}

const HEIGHT = 64;
const GAP = 0.15;

/**
 * The results over time, one bar per day, week or month: clicking a bar or dragging across bars
 * sets the date range. The chart is for the pointer, described in words by its caption; its
 * table lists every bar with a link to its range, for the keyboard and screen readers.
 */
export function Timeline({ timeline, grouped, hrefFor, onRange }: TimelineProps) {
  const { buckets, granularity } = timeline;
  const [drag, setDrag] = useState<{ start: number; end: number } | undefined>();
  const [table, setTable] = useState(false);
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const noun = grouped ? "reports" : "sentences";
  const peak = buckets.reduce((best, b) => (b.count > best.count ? b : best), buckets[0]!);
  const span = { from: buckets[0]!.from, to: buckets[buckets.length - 1]!.to };
  // (No sum: a report is counted in every span one of its versions was published in.)
  const summary = `${noun[0]!.toUpperCase()}${noun.slice(1)} by ${granularity}, ${formatRange(span)}; most in ${formatSpan(peak.key, granularity)} (${peak.count.toLocaleString("en-US")}).`;
  const selected = drag && { low: Math.min(drag.start, drag.end), high: Math.max(drag.start, drag.end) };
  const finish = () => {
    if (!selected) return;
    setDrag(undefined);
    onRange({ from: buckets[selected.low]!.from, to: buckets[selected.high]!.to });
  };
  return (
    <figure className="flex flex-col gap-1" data-timeline={granularity}>
      <figcaption className="flex flex-wrap items-baseline justify-between gap-2 text-xs text-slate-600 dark:text-slate-300">
        <span>
          <span className="sr-only">Timeline: </span>
          {summary}
        </span>
        <button
          type="button"
          aria-expanded={table}
          onClick={() => setTable(!table)}
          className={`underline underline-offset-2 hover:text-slate-900 dark:hover:text-white ${FOCUS_RING}`}
        >
          {table ? "Hide table" : "Show as table"}
        </button>
      </figcaption>
      {/* For the pointer: the caption says what it shows, and the table is the way through it by keyboard. */}
      <svg
        aria-hidden="true"
        viewBox={`0 0 ${buckets.length} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="h-16 w-full touch-none select-none"
        onPointerUp={finish}
        onPointerLeave={() => setDrag(undefined)}
      >
        {buckets.map((b, i) => {
          const height = b.count ? Math.max(2, (b.count / max) * HEIGHT) : 0;
          const inDrag = selected && i >= selected.low && i <= selected.high;
          return (
            <a
              key={b.key}
              href={hrefFor({ from: b.from, to: b.to })}
              data-bucket={b.key}
              tabIndex={-1}
              onClick={(e) => e.preventDefault()}
              onPointerDown={(e) => {
                e.preventDefault();
                setDrag({ start: i, end: i });
              }}
              onPointerEnter={() => drag && setDrag({ ...drag, end: i })}
            >
              <title>{`${formatSpan(b.key, granularity)}: ${b.count.toLocaleString("en-US")} ${noun}`}</title>
              {/* The whole column takes the pointer, so a day without results can start or end a drag. */}
              <rect x={i} y={0} width={1} height={HEIGHT} fill="transparent" />
              <rect
                x={i + GAP / 2}
                y={HEIGHT - height}
                width={1 - GAP}
                height={height}
                className={inDrag ? "fill-indigo-700 dark:fill-indigo-300" : "fill-indigo-400 hover:fill-indigo-600 dark:fill-indigo-500"}
              />
            </a>
          );
        })}
      </svg>
      <div aria-hidden="true" className="flex justify-between text-xs text-slate-500 dark:text-slate-400">
        <span>{formatSpan(buckets[0]!.key, granularity)}</span>
        <span>{formatSpan(buckets[buckets.length - 1]!.key, granularity)}</span>
      </div>
      {table && <TimelineTable buckets={buckets} granularity={granularity} noun={noun} hrefFor={hrefFor} onRange={onRange} />}
    </figure>
  );
}

function TimelineTable({
  buckets,
  granularity,
  noun,
  hrefFor,
  onRange,
}: Pick<TimelineProps, "hrefFor" | "onRange"> & { buckets: TimelineBucket[]; granularity: TimelineData["granularity"]; noun: string }) {
  return (
    <table className="mt-1 w-full max-w-sm text-sm">
      <caption className="sr-only">Results per {granularity}</caption>
      <thead>
        <tr className="text-left text-xs text-slate-600 dark:text-slate-300">
          <th scope="col">{granularity[0]!.toUpperCase() + granularity.slice(1)}</th>
          <th scope="col" className="text-right">
            {noun[0]!.toUpperCase() + noun.slice(1)}
          </th>
        </tr>
      </thead>
      <tbody>
        {buckets.map((b) => (
          <tr key={b.key} data-bucket={b.key}>
            <td>
              <RangeLink range={b} hrefFor={hrefFor} onRange={onRange} className="hover:underline">
                {formatSpan(b.key, granularity)}
              </RangeLink>
            </td>
            <td className="text-right tabular-nums">{b.count.toLocaleString("en-US")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
