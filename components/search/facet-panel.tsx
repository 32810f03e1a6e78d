"use client";

import { memo, type ReactNode, useState } from "react";
import { OPTIONAL_FACETS, PEOPLE_ONLY_LABEL, SEARCHABLE_FACETS, type Facet, type SearchableFacet } from "@/meili/schema";
import type { FacetView, SearchView } from "@/meili/query";
import type { Timeline } from "@/lib/timeline";
import { PEOPLE_ONLY, PEOPLE_PARAM, type SearchState } from "@/lib/url-state";
import { FacetGroup, type FacetGroupOption } from "./facet-group";
import { SpeakerSpan } from "./speaker-span";
import { TopicTree } from "./topic-tree";
import { useFacetValues } from "./use-search";

export interface FacetPanelProps {
  facets: FacetView[];
  /** The values ticked in the URL: ticks follow them at once, before new counts arrive. */
  selected: SearchState["filters"];
  peopleOnly: boolean;
  /** The search these counts are of: a group's value search counts within it. */
  countedIn: SearchState;
  /** For each selected speaker, how many distinct articles quote them. */
  speakerArticles: Record<string, number>;
  onToggle: (facet: Facet, value: string) => void;
  onPeopleOnly: (peopleOnly: boolean) => void;
  /** With one speaker selected, on dated input: their first and last sentence, and the timeline. */
  speakerSpan?: SearchView["speakerSpan"];
  timeline?: Timeline;
}

/**
 * The facet groups, in the order of the schema: Topic as a tree, the others searchable. Drawn
 * again only when its counts or ticks change, not at every keystroke of the search box: on a
 * machine's few cores, redrawing a few hundred values per key delayed the hits painted after it.
 */
export const FacetPanel = memo(function FacetPanel({
  facets,
  selected,
  peopleOnly,
  countedIn,
  speakerArticles,
  onToggle,
  onPeopleOnly,
  speakerSpan,
  timeline,
}: FacetPanelProps) {
  return (
    <div>
      {facets.map((facet) => {
        const shown = withSelection(facet, selected[facet.name]);
        const toggle = (value: string) => onToggle(facet.name, value);
        if (OPTIONAL_FACETS.includes(facet.name) && !shown.values.length) return null;
        if (facet.name === "topic") return <TopicTree key={facet.name} facet={shown} onToggle={toggle} />;
        // A short group of names (outlets): nothing to search in it.
        if (!isSearchable(facet.name)) return <FacetGroup key={facet.name} facet={shown} onToggle={toggle} />;
        const note =
          facet.name === "speaker"
            ? (value: string) =>
                speakerArticles[value] === undefined
                  ? undefined
                  : `quoted in ${speakerArticles[value]} ${speakerArticles[value] === 1 ? "article" : "articles"}`
            : undefined;
        const option: FacetGroupOption | undefined =
          facet.name === "speaker"
            ? { label: PEOPLE_ONLY_LABEL, name: PEOPLE_PARAM, value: PEOPLE_ONLY, checked: peopleOnly, onChange: onPeopleOnly }
            : undefined;
        return (
          <SearchableGroup
            key={facet.name}
            facet={shown}
            countedIn={countedIn}
            selected={selected[facet.name]}
            onToggle={toggle}
            noteFor={note}
            option={option}
            extra={facet.name === "speaker" && speakerSpan ? <SpeakerSpan span={speakerSpan} timeline={timeline} /> : undefined}
          />
        );
      })}
    </div>
  );
});

interface SearchableGroupProps {
  facet: FacetView;
  countedIn: SearchState;
  selected: string[];
  onToggle: (value: string) => void;
  noteFor?: (value: string) => string | undefined;
  option?: FacetGroupOption;
  extra?: ReactNode;
}

function SearchableGroup({ facet, countedIn, selected, onToggle, noteFor, option, extra }: SearchableGroupProps) {
  const [text, setText] = useState("");
  const { data } = useFacetValues(countedIn, facet.name, text);
  const results = data?.values.map((v) => ({ ...v, selected: selected.includes(v.value) }));
  return (
    <FacetGroup
      facet={facet}
      onToggle={onToggle}
      noteFor={noteFor}
      option={option}
      extra={extra}
      search={{ text, onText: setText, results }}
    />
  );
}

function isSearchable(facet: Facet): facet is SearchableFacet {
  return (SEARCHABLE_FACETS as readonly Facet[]).includes(facet);
}

/**
 * Ticks from the URL; a selected value missing from the counts is kept (at 0), in the tree too.
 * Selected values come first (as InstantSearch sorts them), so "Show more" never hides a tick.
 */
export function withSelection(facet: FacetView, selected: string[]): FacetView {
  const mark = (v: FacetView["values"][number]): FacetView["values"][number] => ({
    ...v,
    selected: selected.includes(v.value),
    ...(v.children ? { children: v.children.map(mark) } : {}),
  });
  const values = facet.values.map(mark);
  const present = (value: string) => values.some((v) => v.value === value || v.children?.some((c) => c.value === value));
  for (const value of selected) if (!present(value)) values.push({ value, count: 0, selected: true });
  const first = (v: FacetView["values"][number]) => (v.selected || v.children?.some((c) => c.selected) ? 0 : 1);
  return {
    ...facet,
    values: values
      .map((v, i) => [v, i] as const)
      .sort(([a, i], [b, j]) => first(a) - first(b) || i - j)
      .map(([v]) => v),
  };
}
