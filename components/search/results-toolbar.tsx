"use client";

import { SORT_ORDERS, type SortOrder } from "@/lib/url-state";
import { CopyButton } from "./copy-button";
import { FOCUS_RING } from "@/components/ui/focus-ring";

export interface ResultsToolbarProps {
  sort: SortOrder;
  /** Whether the results have dates: the date orders are offered only then. */
  dated: boolean;
  grouped: boolean;
  onSort: (sort: SortOrder) => void;
  onGrouped: (grouped: boolean) => void;
  /** Downloads of the whole result set. */
  exportCsv: string;
  exportJson: string;
  /** The current search's URL. */
  link: string;
  /** Its Atom feed. */
  feed: string;
}

const SORT_LABELS: Record<SortOrder, string> = {
  relevance: "Relevance",
  article: "Article order",
  newest: "Newest first",
  oldest: "Oldest first",
};
const DATE_ORDERS: readonly SortOrder[] = ["newest", "oldest"];
const control = `rounded px-2 py-1 ring-1 ring-slate-300 hover:bg-slate-100 dark:ring-slate-600 dark:hover:bg-slate-800 ${FOCUS_RING}`;

/** How results are ordered and grouped, and what to do with them: export, share. */
export function ResultsToolbar({ sort, dated, grouped, onSort, onGrouped, exportCsv, exportJson, link, feed }: ResultsToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700 dark:text-slate-200">
      <label className="flex items-center gap-2">
        Sort by
        <select value={sort} onChange={(e) => onSort(e.target.value as SortOrder)} className={`${control} bg-white dark:bg-slate-900`}>
          {SORT_ORDERS.filter((s) => dated || s === sort || !DATE_ORDERS.includes(s)).map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex cursor-pointer items-center gap-2">
        <input type="checkbox" checked={grouped} onChange={(e) => onGrouped(e.target.checked)} className="h-4 w-4 accent-indigo-600" />
        Group repeated reports
      </label>
      <span className="flex items-center gap-2">
        Export
        <a href={exportCsv} download className={control}>
          CSV
        </a>
        <a href={exportJson} download className={control}>
          JSON
        </a>
      </span>
      <CopyButton text={link} label="Copy link to this search" className={control} />
      <a href={feed} type="application/atom+xml" className={control} title="The newest sentences of this search, as an Atom feed">
        Follow (Atom)
      </a>
    </div>
  );
}
