"use client";

import { useState } from "react";
import type { FacetView } from "@/meili/query";
import { FacetValue } from "./facet-value";
import { FOCUS_RING } from "@/components/ui/focus-ring";
import { FacetSection } from "@/components/ui/facet-section";

export interface TopicTreeProps {
  facet: FacetView;
  onToggle: (value: string) => void;
}

/**
 * The Topic group as nested lists: IPTC level 1, each disclosing its level-2 topics, counts at
 * both. A disclosure button per parent rather than ARIA's tree role, whose arrow-key navigation
 * the checkboxes inside would fight.
 */
export function TopicTree({ facet, onToggle }: TopicTreeProps) {
  const [open, setOpen] = useState<Set<string>>(
    () => new Set(facet.values.filter((v) => v.children?.some((c) => c.selected)).map((v) => v.value)),
  );
  const toggleOpen = (value: string) =>
    setOpen((s) => (s.has(value) ? new Set([...s].filter((x) => x !== value)) : new Set([...s, value])));
  return (
    <FacetSection name={facet.name} label={facet.label}>
      {facet.values.length === 0 && <p className="text-sm text-slate-500 dark:text-slate-400">No values</p>}
      <ul aria-label="Topics" className="space-y-1">
        {facet.values.map((parent) => {
          const expanded = open.has(parent.value);
          const children = parent.children ?? [];
          return (
            <li key={parent.value}>
              <div className="flex items-start gap-1">
                <button
                  type="button"
                  onClick={() => toggleOpen(parent.value)}
                  disabled={!children.length}
                  aria-expanded={children.length ? expanded : undefined}
                  aria-label={`${expanded ? "Collapse" : "Expand"} ${parent.value}`}
                  className={`mt-0.5 h-5 w-5 shrink-0 rounded text-xs text-slate-500 hover:bg-slate-200 disabled:opacity-30 dark:hover:bg-slate-700 ${FOCUS_RING}`}
                >
                  <span aria-hidden="true">{expanded ? "▾" : "▸"}</span>
                </button>
                <div className="min-w-0 flex-1">
                  <FacetValue name="topic" value={parent} onToggle={onToggle} />
                </div>
              </div>
              {expanded && (
                <ul className="ml-6 space-y-1">
                  {children.map((child) => (
                    <li key={child.value}>
                      <FacetValue name="topic" value={child} onToggle={onToggle} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </FacetSection>
  );
}
