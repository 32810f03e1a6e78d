export interface StatsProps {
  total: number;
  processingTimeMs: number;
  loading: boolean;
}

/** Result count and time, announced to screen readers when it changes. */
export function Stats({ total, processingTimeMs, loading }: StatsProps) {
  return (
    <p className="flex min-h-6 items-center gap-2 text-sm text-slate-600 dark:text-slate-300" aria-live="polite">
      <span>
        {total.toLocaleString("en-US")} {total === 1 ? "sentence" : "sentences"} · {processingTimeMs} ms
      </span>
      {loading && (
        <span role="status" className="inline-flex items-center gap-1 text-slate-500">
          <span className="h-3 w-3 animate-spin rounded-full border-2 border-slate-400 border-t-transparent" aria-hidden="true" />
          Loading…
        </span>
      )}
    </p>
  );
}
