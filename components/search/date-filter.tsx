"use client";

import { useEffect, useState } from "react";
import { FacetSection } from "@/components/ui/facet-section";
import { FOCUS_RING } from "@/components/ui/focus-ring";
import { spanDays } from "@/lib/date-buckets";
import { daysBefore, formatDay, formatMonth } from "@/lib/dates";
import type { DateRange } from "@/lib/url-state";
import { RangeLink } from "./range-link";

export interface DateFilterProps {
  dates: DateRange;
  /** The results per month, in order. */
  months: { month: string; count: number }[];
  /** The results per year: listed instead of the months over more than two years. */
  years: { year: string; count: number }[];
  /** The corpus's latest dated day: "last 7 days" counts back from it, not from today. */
  latestDay?: string;
  /** A page link for a range (so a month opens in a new tab too). */
  hrefFor: (dates: DateRange) => string;
  onDates: (dates: DateRange) => void;
}

/** Beyond two years of months, the group lists years. */
const MAX_MONTHS = 24;

/** The presets, in days back from the corpus's latest. */
const PRESET_DAYS = [7, 30] as const;

const field = `w-full rounded px-2 py-1 text-sm ring-1 ring-slate-300 dark:bg-slate-900 dark:ring-slate-600 ${FOCUS_RING}`;

/**
 * The date range: two days and Apply, and each month of the results as a shortcut. The inputs
 * are named as the URL's parameters, so without JavaScript Apply submits the search form.
 */
export function DateFilter({ dates, months, years, latestDay, hrefFor, onDates }: DateFilterProps) {
  const spans =
    months.length > MAX_MONTHS && years.length
      ? years.map(({ year, count }) => ({ key: year, label: year, count, range: spanDays(year, "year") }))
      : months.map(({ month, count }) => ({ key: month, label: formatMonth(month), count, range: spanDays(month, "month") }));
  const [from, setFrom] = useState(dates.from ?? "");
  const [to, setTo] = useState(dates.to ?? "");
  // The URL may change the range (a chip removed, back): the inputs follow it.
  useEffect(() => {
    setFrom(dates.from ?? "");
    setTo(dates.to ?? "");
  }, [dates.from, dates.to]);
  return (
    <FacetSection name="date" label="Date">
      <div className="grid grid-cols-2 gap-2">
        <label className="flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-300">
          From
          <input type="date" name="from" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} className={field} />
        </label>
        <label className="flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-300">
          To
          <input type="date" name="to" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} className={field} />
        </label>
      </div>
      <button
        type="submit"
        onClick={(e) => {
          e.preventDefault();
          onDates({ from: from || undefined, to: to || undefined });
        }}
        className={`mt-2 rounded px-3 py-1 text-sm ring-1 ring-slate-300 hover:bg-slate-100 dark:ring-slate-600 dark:hover:bg-slate-800 ${FOCUS_RING}`}
      >
        Apply dates
      </button>
      {latestDay && (
        <ul className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-sm" aria-label="Presets">
          {PRESET_DAYS.map((days) => {
            const range = { from: daysBefore(latestDay, days - 1), to: latestDay };
            return (
              <li key={days}>
                <RangeLink
                  range={range}
                  current={dates}
                  hrefFor={hrefFor}
                  onRange={onDates}
                  title={`The corpus's last ${days} days, to ${formatDay(latestDay)}`}
                  className="underline"
                >
                  Last {days} days
                </RangeLink>
              </li>
            );
          })}
        </ul>
      )}
      {spans.length > 0 && (
        <ul className="mt-3 flex flex-col gap-1 text-sm" aria-label={months.length > MAX_MONTHS && years.length ? "Years" : "Months"}>
          {spans.map(({ key, label, count, range }) => (
            <li key={key} className="flex justify-between gap-2">
              <RangeLink range={range} current={dates} hrefFor={hrefFor} onRange={onDates} className="hover:underline">
                {label}
              </RangeLink>
              <span className="tabular-nums text-slate-500 dark:text-slate-400">{count.toLocaleString("en-US")}</span>
            </li>
          ))}
        </ul>
      )}
    </FacetSection>
  );
}
