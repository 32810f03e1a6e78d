"use client";

import { useEffect, useRef, useState } from "react";
import { FOCUS_RING } from "@/components/ui/focus-ring";

/** "Search tips": what the query syntax can do, in a small popover (Esc or a click outside closes it). */
export function QueryHelp() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", close);
    document.addEventListener("mousedown", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("mousedown", close);
    };
  }, [open]);
  return (
    <div ref={root} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="query-help"
        onClick={() => setOpen(!open)}
        className={`whitespace-nowrap rounded-lg px-3 py-2.5 text-sm ring-1 ring-slate-300 hover:bg-slate-100 dark:ring-slate-600 dark:hover:bg-slate-800 ${FOCUS_RING}`}
      >
        Search tips
      </button>
      {open && (
        <div
          id="query-help"
          role="dialog"
          aria-label="Search tips"
          className="absolute right-0 z-30 mt-2 w-72 rounded-lg bg-white p-4 text-sm shadow-lg ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-700"
        >
          <dl className="space-y-2">
            <div>
              <dt className="font-mono font-semibold">&quot;exact phrase&quot;</dt>
              <dd>only sentences with these words in this order</dd>
            </div>
            <div>
              <dt className="font-mono font-semibold">-word</dt>
              <dd>leave out sentences with this word</dd>
            </div>
            <div>
              <dt className="font-mono font-semibold">kerr</dt>
              <dd>the last word matches as a prefix; small typos are forgiven</dd>
            </div>
          </dl>
          <p className="mt-3 text-slate-600 dark:text-slate-300">
            Keys: <kbd>/</kbd> search, <kbd>↑</kbd> <kbd>↓</kbd> move through results, <kbd>Enter</kbd> open, <kbd>Esc</kbd> clear.
          </p>
        </div>
      )}
    </div>
  );
}
