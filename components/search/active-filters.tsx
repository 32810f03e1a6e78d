"use client";

import { FACETS, FACET_LABELS, PEOPLE_ONLY_LABEL, type Facet } from "@/meili/schema";
import { formatRange } from "@/lib/dates";
import type { SearchState } from "@/lib/url-state";
import { FOCUS_RING } from "@/components/ui/focus-ring";

export interface ActiveFiltersProps {
  filters: SearchState["filters"];
  peopleOnly: boolean;
  dates: SearchState["dates"];
  onRemove: (facet: Facet, value: string) => void;
  onDatesOff: () => void;
  onPeopleOnlyOff: () => void;
  onClear: () => void;
}

/** The selected values as removable chips, and "Clear all". */
export function ActiveFilters({ filters, peopleOnly, dates, onRemove, onDatesOff, onPeopleOnlyOff, onClear }: ActiveFiltersProps) {
  const chips = FACETS.flatMap((facet) => filters[facet].map((value) => ({ facet, value })));
  const range = formatRange(dates);
  if (!chips.length && !peopleOnly && !range) return null;
  return (
    <div role="group" className="flex flex-wrap items-center gap-2" aria-label="Selected filters">
      {chips.map(({ facet, value }) => (
        <Chip
          key={`${facet}:${value}`}
          group={FACET_LABELS[facet]}
          text={value}
          label={`Remove ${FACET_LABELS[facet]}: ${value}`}
          onRemove={() => onRemove(facet, value)}
        />
      ))}
      {peopleOnly && (
        <Chip
          group={FACET_LABELS.speaker}
          text={PEOPLE_ONLY_LABEL.toLowerCase()}
          label={`Remove ${PEOPLE_ONLY_LABEL}`}
          onRemove={onPeopleOnlyOff}
        />
      )}
      {range && <Chip group="Date" text={range} label={`Remove Date: ${range}`} onRemove={onDatesOff} />}
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

function Chip({ group, text, label, onRemove }: { group: string; text: string; label: string; onRemove: () => void }) {
  return (
    <button
      type="button"
      onClick={onRemove}
      aria-label={label}
      className={`inline-flex items-center gap-1 rounded-full bg-indigo-50 px-3 py-1 text-sm text-indigo-900 ring-1 ring-indigo-200 hover:bg-indigo-100 dark:bg-indigo-950 dark:text-indigo-100 dark:ring-indigo-800 ${FOCUS_RING}`}
    >
      <span className="text-indigo-600 dark:text-indigo-300">{group}:</span> {text}
      <span aria-hidden="true" className="ml-1">
        ×
      </span>
    </button>
  );
}
