"use client";

import type { Facet } from "@/meili/schema";
import type { FacetView } from "@/meili/query";
import { FacetGroup } from "./facet-group";

export interface FacetPanelProps {
  facets: FacetView[];
  onToggle: (facet: Facet, value: string) => void;
}

/** The four facet groups, in the order of the schema. */
export function FacetPanel({ facets, onToggle }: FacetPanelProps) {
  return (
    <div>
      {facets.map((facet) => (
        <FacetGroup key={facet.name} facet={facet} onToggle={(value) => onToggle(facet.name, value)} />
      ))}
    </div>
  );
}
