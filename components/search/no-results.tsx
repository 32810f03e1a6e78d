import type { Relaxation } from "@/meili/query";

export interface NoResultsProps {
  relaxations: Relaxation[];
  /** Applies a relaxation (its query string); the links also work without JavaScript. */
  onRelax: (query: string) => void;
}

/** Nothing matched: say so, and offer the one-step changes that do find something. */
export function NoResults({ relaxations, onRelax }: NoResultsProps) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-4 dark:border-slate-600">
      <p className="font-medium">No sentence matches this search.</p>
      {relaxations.length > 0 && (
        <>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">Try instead:</p>
          <ul className="mt-1 space-y-1" aria-label="Broader searches">
            {relaxations.map((r) => (
              <li key={r.query}>
                <a
                  href={r.query ? `/?${r.query}` : "/"}
                  onClick={(e) => {
                    e.preventDefault();
                    onRelax(r.query);
                  }}
                  className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
                >
                  {r.label}
                </a>{" "}
                <span className="text-sm text-slate-600 dark:text-slate-300">({r.count.toLocaleString("en-US")})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
