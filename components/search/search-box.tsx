"use client";

import { useEffect, useRef, useState } from "react";
import { FOCUS_RING } from "@/components/ui/focus-ring";

export interface SearchBoxProps {
  /** The query in the URL. */
  value: string;
  onChange: (q: string) => void;
}

/**
 * The search input. It keeps its own text so typing never waits for the URL; it follows
 * the URL only when the URL changes for another reason (back/forward, "Clear all").
 */
export function SearchBox({ value, onChange }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const lastSent = useRef(value);
  useEffect(() => {
    if (value !== lastSent.current) {
      lastSent.current = value;
      setText(value);
    }
  }, [value]);
  return (
    <div className="flex w-full gap-2">
      <input
        type="search"
        name="q"
        aria-label="Search"
        placeholder="Search what was said — e.g. ceasefire, Lavrov, sanctions"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          lastSent.current = e.target.value.trim();
          onChange(e.target.value.trim());
        }}
        className="w-full rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-base shadow-sm outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-slate-600 dark:bg-slate-900"
      />
      <button
        type="submit"
        className={`rounded-lg bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 focus-visible:outline-offset-2 ${FOCUS_RING}`}
      >
        Search
      </button>
    </div>
  );
}
