"use client";

import type { Facet } from "@/meili/schema";
import type { FacetView } from "@/meili/query";
import { FacetGroup } from "./facet-group";

export interface FacetPanelProps {
  facets: FacetView[];
  /** The selection in the URL: ticks follow it at once, before new counts arrive. */
  selected: Record<Facet, string[]>;
  onToggle: (facet: Facet, value: string) => void;
}

/** The four facet groups, in the order of the schema. */
export function FacetPanel({ facets, selected, onToggle }: FacetPanelProps) {
  return (
    <div>
      {facets.map((facet) => (
        <FacetGroup key={facet.name} facet={withSelection(facet, selected[facet.name])} onToggle={(value) => onToggle(facet.name, value)} />
      ))}
    </div>
  );
}

function withSelection(facet: FacetView, selected: string[]): FacetView {
  const values = facet.values.map((v) => ({ ...v, selected: selected.includes(v.value) }));
  for (const value of selected) if (!values.some((v) => v.value === value)) values.push({ value, count: 0, selected: true });
  return { ...facet, values };
}
