"use client";

import { type ReactNode, useState } from "react";
import type { FacetValueView, FacetView } from "@/meili/query";
import { FacetValue } from "./facet-value";
import { FOCUS_RING } from "@/components/ui/focus-ring";
import { FacetSection } from "@/components/ui/facet-section";

const VISIBLE = 10;

export interface FacetValueSearch {
  text: string;
  onText: (text: string) => void;
  /** Values matching the text, counted within the search; undefined while the first answer loads. */
  results?: FacetValueView[];
}

/** A switch that narrows the whole group (the Speaker group's "People only"); a form field too, so it works without JavaScript. */
export interface FacetGroupOption {
  label: string;
  /** The URL parameter and value it sets. */
  name: string;
  value: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export interface FacetGroupProps {
  facet: FacetView;
  onToggle: (value: string) => void;
  /** For long groups: a box that searches the group's values. */
  search?: FacetValueSearch;
  /** A note after a value's name ("in 3 articles"). */
  noteFor?: (value: string) => string | undefined;
  option?: FacetGroupOption;
  /** Shown under the heading: what the group says of its selection (a speaker over time). */
  extra?: ReactNode;
}

/** One facet group: a heading, an optional value search, a checkbox per value with its count; "Show more" past 10. */
export function FacetGroup({ facet, onToggle, search, noteFor, option, extra }: FacetGroupProps) {
  const [expanded, setExpanded] = useState(false);
  const searching = Boolean(search?.text.trim());
  const values = searching ? (search!.results ?? []) : facet.values;
  const shown = searching || expanded ? values : values.slice(0, VISIBLE);
  return (
    <FacetSection name={facet.name} label={facet.label}>
      {option && (
        <label className="mb-2 flex cursor-pointer items-center gap-2 text-sm text-slate-700 dark:text-slate-200">
          <input
            type="checkbox"
            role="switch"
            aria-checked={option.checked}
            name={option.name}
            value={option.value}
            checked={option.checked}
            onChange={(e) => option.onChange(e.target.checked)}
            className="h-4 w-4 accent-indigo-600"
          />
          {option.label}
        </label>
      )}
      {extra}
      {search && (
        <input
          type="search"
          value={search.text}
          onChange={(e) => search.onText(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && e.preventDefault()}
          aria-label={`Search ${facet.label} values`}
          placeholder={`Find in ${facet.label}…`}
          autoComplete="off"
          className={`mb-2 w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900 ${FOCUS_RING}`}
        />
      )}
      {values.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">
          {searching ? (search!.results ? "No matching value" : "Searching…") : "No values"}
        </p>
      ) : (
        <ul className="space-y-1">
          {shown.map((v) => (
            <li key={v.value}>
              <FacetValue name={facet.name} value={v} onToggle={onToggle} note={noteFor?.(v.value)} />
            </li>
          ))}
        </ul>
      )}
      {!searching && values.length > VISIBLE && (
        <button
          type="button"
          onClick={() => setExpanded(!expanded)}
          aria-expanded={expanded}
          className={`mt-2 text-sm text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300 ${FOCUS_RING}`}
        >
          {expanded ? "Show less" : `Show more (${values.length - VISIBLE})`}
        </button>
      )}
    </FacetSection>
  );
}
