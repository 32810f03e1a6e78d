/**
 * Dates as read from the input and from the URL: ISO 8601 calendar dates and date-times only, so a
 * date means one thing ("03/04/2017" is April in London and March in New York). A date without
 * a time is that day at 00:00 UTC; a date-time without an offset is taken as UTC. The offset a
 * date-time was written with is kept in its text.
 */
export interface ReadDate {
  /** As written, normalised: "2017-12-31", or "2017-12-31T09:30:00+01:00" (seconds added, "Z" kept). */
  iso: string;
  /** Seconds since 1970-01-01T00:00:00Z: what filters and sorts compare. */
  epoch: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * "2017-12-31" → { iso: "2017-12-31", epoch: 1514678400 }; "31/12/2017" → { error: … }. The
 * error says what is wrong, for the run's report.
 */
export function parseDate(text: string): ReadDate | { error: string } {
  const trimmed = text.trim();
  const m = ISO.exec(trimmed);
  if (!m) return { error: `"${clip(trimmed)}" is not an ISO 8601 date (YYYY-MM-DD, or YYYY-MM-DDThh:mm[:ss][Z|±hh:mm])` };
  const [, y, mo, d, h, mi, s, zone] = m;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  const utcDay = Date.UTC(year, month - 1, day);
  const check = new Date(utcDay);
  if (month < 1 || month > 12 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return { error: `"${clip(trimmed)}" is not a day of the calendar` };
  }
  if (h === undefined) return { iso: `${y}-${mo}-${d}`, epoch: utcDay / 1000 };
  const [hour, minute, second] = [Number(h), Number(mi), Number(s ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return { error: `"${clip(trimmed)}" has no such time of day` };
  const offset = zone === undefined || zone.toUpperCase() === "Z" ? 0 : offsetMinutes(zone);
  if (offset === undefined) return { error: `"${clip(trimmed)}" has an offset beyond ±18:00` };
  const epoch = (utcDay + ((hour * 60 + minute - offset) * 60 + second) * 1000) / 1000;
  const written = zone === undefined || zone.toUpperCase() === "Z" ? "Z" : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return { iso: `${y}-${mo}-${d}T${h}:${mi}:${String(second).padStart(2, "0")}${written}`, epoch };
}

/** "+01:00" or "-0530" → minutes east of UTC; undefined beyond ±18 hours (none exists). */
function offsetMinutes(zone: string): number | undefined {
  const sign = zone.startsWith("-") ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(-2));
  if (hours > 18 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** "2017-11-30" → that UTC day's first second; undefined for anything but a calendar day. */
export function dayStart(text: string): number | undefined {
  const parsed = parseDate(text);
  return "error" in parsed || parsed.iso.includes("T") ? undefined : parsed.epoch;
}

/** A range of days → the first second of each end's day (an open end stays open). */
export function rangeDayStarts(range: { from?: string; to?: string }): { from?: number; to?: number } {
  return {
    from: range.from === undefined ? undefined : dayStart(range.from),
    to: range.to === undefined ? undefined : dayStart(range.to),
  };
}

/** Seconds in a day: a day's last second is its start plus this, less one. */
export const DAY_SECONDS = 86_400;

const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const MONTH_FORMAT = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** "2017-11-01" → "1 Nov 2017" (the day as the URL and the index have it, in UTC). */
export function formatDay(day: string): string {
  const start = dayStart(day);
  return start === undefined ? day : DAY_FORMAT.format(start * 1000);
}

/** "2017-11" → "Nov 2017". */
export function formatMonth(month: string): string {
  const start = dayStart(`${month}-01`);
  return start === undefined ? month : MONTH_FORMAT.format(start * 1000);
}

/** A range of days in words: "1 Nov 2017 – 30 Nov 2017", "from 1 Nov 2017", "until 30 Nov 2017". */
export function formatRange({ from, to }: { from?: string; to?: string }): string {
  if (from && to) return from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`;
  if (from) return `from ${formatDay(from)}`;
  return to ? `until ${formatDay(to)}` : "";
}

/** A timeline span in words: "3 Nov 2017", "week of 30 Oct 2017", "Nov 2017", "2017". */
export function formatSpan(key: string, granularity: "day" | "week" | "month" | "year"): string {
  if (granularity === "year") return key;
  if (granularity === "month") return formatMonth(key);
  return granularity === "week" ? `week of ${formatDay(key)}` : formatDay(key);
}

/** A date as read ("2017-11-20T21:00:00-05:00") → its day as written: "20 Nov 2017". */
export function formatDate(iso: string): string {
  return formatDay(iso.slice(0, 10));
}

/** "2017-12-31", 6 → "2017-12-25": the day `days` before a day. */
export function daysBefore(day: string, days: number): string {
  return new Date((dayStart(day)! - days * DAY_SECONDS) * 1000).toISOString().slice(0, 10);
}
