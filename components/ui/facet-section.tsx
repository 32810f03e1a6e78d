import type { ReactNode } from "react";

export interface FacetSectionProps {
  /** The facet's name: the heading's id is `facet-<name>`, which the section is labelled by. */
  name: string;
  label: string;
  children: ReactNode;
}

/** A facet group's frame: a labelled section under its heading. */
export function FacetSection({ name, label, children }: FacetSectionProps) {
  const headingId = `facet-${name}`;
  return (
    <section role="group" aria-labelledby={headingId} className="border-b border-slate-200 py-3 last:border-0 dark:border-slate-700">
      <h2 id={headingId} className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
        {label}
      </h2>
      {children}
    </section>
  );
}
