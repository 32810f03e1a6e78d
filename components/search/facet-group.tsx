"use client";

import { useState } from "react";
import type { FacetView } from "@/meili/query";

const VISIBLE = 10;

export interface FacetGroupProps {
  facet: FacetView;
  onToggle: (value: string) => void;
}

/** One facet group: a heading and a checkbox per value with its count; "Show more" past 10. */
export function FacetGroup({ facet, onToggle }: FacetGroupProps) {
  const [expanded, setExpanded] = useState(false);
  const headingId = `facet-${facet.name}`;
  const shown = expanded ? facet.values : facet.values.slice(0, VISIBLE);
  return (
    <section role="group" aria-labelledby={headingId} className="border-b border-slate-200 py-3 last:border-0 dark:border-slate-700">
      <h2 id={headingId} className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
        {facet.label}
      </h2>
      {facet.values.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">No values</p>
      ) : (
        <ul className="space-y-1">
          {shown.map((v) => (
            <li key={v.value}>
              <label className="flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
                <input
                  type="checkbox"
                  name={facet.name}
                  value={v.value}
                  checked={v.selected}
                  onChange={() => onToggle(v.value)}
                  className="mt-0.5 h-4 w-4 shrink-0 accent-indigo-600"
                />
                <span className="min-w-0 flex-1 break-words">{v.value}</span>
                <span className="shrink-0 tabular-nums text-slate-500 dark:text-slate-400">{v.count}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {facet.values.length > VISIBLE && (
        <button
          type="button"
          onClick={() => setExpanded(!expanded)}
          aria-expanded={expanded}
          className="mt-2 text-sm text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
        >
          {expanded ? "Show less" : `Show more (${facet.values.length - VISIBLE})`}
        </button>
      )}
    </section>
  );
}
