import type { ReactNode } from "react";
import { FOCUS_RING } from "@/components/ui/focus-ring";
import type { DateRange } from "@/lib/url-state";

export interface RangeLinkProps {
  range: { from: string; to: string };
  /** The page link for a range: the link works without JavaScript and in a new tab. */
  hrefFor: (dates: DateRange) => string;
  onRange: (dates: DateRange) => void;
  /** The range the search has, to mark the link that sets it. */
  current?: DateRange;
  className?: string;
  title?: string;
  children: ReactNode;
}

/** A link that sets a date range: a month, a preset, a span of the timeline. */
export function RangeLink({ range, hrefFor, onRange, current, className = "", title, children }: RangeLinkProps) {
  const isCurrent = current?.from === range.from && current?.to === range.to;
  return (
    <a
      href={hrefFor(range)}
      aria-current={isCurrent || undefined}
      title={title}
      onClick={(e) => {
        e.preventDefault();
        onRange(range);
      }}
      className={`underline-offset-2 ${isCurrent ? "font-semibold" : ""} ${className} ${FOCUS_RING}`}
    >
      {children}
    </a>
  );
}
