"use client";

import { FACETS, FACET_LABELS, PEOPLE_ONLY_LABEL, type Facet } from "@/meili/schema";
import type { SearchState } from "@/lib/url-state";

export interface ActiveFiltersProps {
  filters: SearchState["filters"];
  peopleOnly: boolean;
  onRemove: (facet: Facet, value: string) => void;
  onPeopleOnlyOff: () => void;
  onClear: () => void;
}

const CHIP =
  "inline-flex items-center gap-1 rounded-full bg-indigo-50 px-3 py-1 text-sm text-indigo-900 ring-1 ring-indigo-200 hover:bg-indigo-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:bg-indigo-950 dark:text-indigo-100 dark:ring-indigo-800";

/** The selected values as removable chips, and "Clear all". */
export function ActiveFilters({ filters, peopleOnly, onRemove, onPeopleOnlyOff, onClear }: ActiveFiltersProps) {
  const chips = FACETS.flatMap((facet) => filters[facet].map((value) => ({ facet, value })));
  if (!chips.length && !peopleOnly) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Selected filters">
      {chips.map(({ facet, value }) => (
        <button
          key={`${facet}:${value}`}
          type="button"
          onClick={() => onRemove(facet, value)}
          aria-label={`Remove ${FACET_LABELS[facet]}: ${value}`}
          className={CHIP}
        >
          <span className="text-indigo-600 dark:text-indigo-300">{FACET_LABELS[facet]}:</span> {value}
          <span aria-hidden="true" className="ml-1">×</span>
        </button>
      ))}
      {peopleOnly && (
        <button type="button" onClick={onPeopleOnlyOff} aria-label={`Remove ${PEOPLE_ONLY_LABEL}`} className={CHIP}>
          <span className="text-indigo-600 dark:text-indigo-300">{FACET_LABELS.speaker}:</span> {PEOPLE_ONLY_LABEL.toLowerCase()}
          <span aria-hidden="true" className="ml-1">×</span>
        </button>
      )}
      <button
        type="button"
        onClick={onClear}
        className="text-sm text-slate-600 underline underline-offset-2 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white"
      >
        Clear all
      </button>
    </div>
  );
}
