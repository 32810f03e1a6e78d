"use client";

import type { ReactNode } from "react";
import { useSentenceContext } from "./use-search";

export interface HitContextProps {
  sentenceId: string;
  /** The hit's own sentence, shown between its neighbours. */
  children: ReactNode;
}

/** The hit with the sentences before and after it, in place. */
export function HitContext({ sentenceId, children }: HitContextProps) {
  const { data, error } = useSentenceContext(sentenceId, true);
  const muted = "text-sm leading-relaxed text-slate-600 dark:text-slate-400";
  return (
    <div aria-label="In context" role="group">
      {error && <p className="text-sm text-red-700 dark:text-red-300">{error.message}</p>}
      {!data && !error && <p className={muted}>Loading the context…</p>}
      {data?.before && (
        <p className={`${muted} mb-1`} data-context="before">
          {data.before.text}
        </p>
      )}
      {children}
      {data?.after && (
        <p className={`${muted} mt-1`} data-context="after">
          {data.after.text}
        </p>
      )}
      {data && !data.before && !data.after && <p className={muted}>This sentence is the whole article.</p>}
    </div>
  );
}
