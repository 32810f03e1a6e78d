export interface StatsProps {
  total: number;
  /** Counting repeated reports once (claims) or every sentence. */
  grouped: boolean;
  processingTimeMs: number;
  loading: boolean;
  /** The total is an earlier search's while this one's is counted (the hits came first). */
  counting?: boolean;
}

/** Result count (announced to screen readers when it changes) and time. */
export function Stats({ total, grouped, processingTimeMs, loading, counting = false }: StatsProps) {
  const noun = grouped ? (total === 1 ? "report" : "reports") : total === 1 ? "sentence" : "sentences";
  return (
    <p className="flex min-h-6 items-center gap-2 text-sm text-slate-600 dark:text-slate-300">
      <span
        aria-live="polite"
        aria-atomic="true"
        aria-busy={counting || undefined}
        data-stats
        className={counting ? "opacity-60" : undefined}
      >
        {total.toLocaleString("en-US")} {noun}
        {grouped && <span className="sr-only"> (repeated reports counted once)</span>}
        {counting && <span> (counting…)</span>}
      </span>
      <span aria-hidden="true">· {processingTimeMs} ms</span>
      {loading && (
        <span role="status" className="inline-flex items-center gap-1 text-slate-500">
          <span className="h-3 w-3 animate-spin rounded-full border-2 border-slate-400 border-t-transparent" aria-hidden="true" />
          Loading…
        </span>
      )}
    </p>
  );
}
