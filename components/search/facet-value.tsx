import type { FacetValueView } from "@/meili/query";

export interface FacetValueProps {
  name: string;
  value: FacetValueView;
  onToggle: (value: string) => void;
  note?: string;
}

/** A checkbox for one facet value: its name, an optional note, its count. */
export function FacetValue({ name, value: v, onToggle, note }: FacetValueProps) {
  return (
    <label className="flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
      <input
        type="checkbox"
        name={name}
        value={v.value}
        checked={v.selected}
        onChange={() => onToggle(v.value)}
        className="mt-0.5 h-4 w-4 shrink-0 accent-indigo-600"
      />
      <span className="min-w-0 flex-1 break-words">
        {v.label ?? v.value}
        {note && <span className="block text-xs text-slate-600 dark:text-slate-400">{note}</span>}
      </span>
      {/* slate-600: slate-500 fell to 4.3:1 on the hover background */}
      <span className="shrink-0 tabular-nums text-slate-600 dark:text-slate-400">{v.count}</span>
    </label>
  );
}
