import { formatDate } from "@/lib/dates";
import { sentencePath } from "@/lib/links";
import type { Timeline } from "@/lib/timeline";
import type { SearchView } from "@/meili/query";

export interface SpeakerSpanProps {
  span: NonNullable<SearchView["speakerSpan"]>;
  /** The search's timeline, which with one speaker selected is theirs. */
  timeline?: Timeline;
}

/** A selected speaker over time in this search: their first and last dated sentence, and a sparkline. */
export function SpeakerSpan({ span, timeline }: SpeakerSpanProps) {
  const counts = timeline?.buckets.map((b) => b.count) ?? [];
  const max = Math.max(1, ...counts);
  const link = (s: typeof span.first, label: string) => (
    <a href={sentencePath(s.articleId, s.position)} title={s.text} className="underline-offset-2 hover:underline">
      {label} <time dateTime={s.date}>{formatDate(s.date!)}</time>
    </a>
  );
  return (
    <div data-speaker-span className="mb-2 rounded bg-slate-100 px-2 py-1.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-200">
      <p className="font-medium">{span.speaker} in this search</p>
      <p className="flex flex-wrap gap-x-2">
        {link(span.first, "first")}
        <span aria-hidden="true">·</span>
        {link(span.last, "last")}
      </p>
      {counts.length > 1 && (
        <svg aria-hidden="true" viewBox={`0 0 ${counts.length} 20`} preserveAspectRatio="none" className="mt-1 h-5 w-full">
          <polyline
            fill="none"
            strokeWidth={1.5}
            vectorEffect="non-scaling-stroke"
            className="stroke-indigo-500"
            points={counts.map((c, i) => `${i + 0.5},${20 - (c / max) * 18 - 1}`).join(" ")}
          />
        </svg>
      )}
    </div>
  );
}
