"use client";

import { formatDate } from "@/lib/dates";
import { wordDiff } from "@/lib/word-diff";
import { sentencePath } from "@/lib/links";
import { useClaimVersions } from "./use-search";

export interface ClaimVersionsProps {
  claimId: string;
  /** The sentence the hit shows: each version's differences are marked against it. */
  shownId: string;
  shownText: string;
}

/**
 * Each article's version of a repeated report, with what differs from the shown sentence
 * marked; on dated input in date order, the first report first.
 */
export function ClaimVersions({ claimId, shownId, shownText }: ClaimVersionsProps) {
  const { data, error } = useClaimVersions(claimId, true);
  if (error) return <p className="mt-2 text-sm text-red-700 dark:text-red-300">{error.message}</p>;
  if (!data) return <p className="mt-2 text-sm text-slate-500">Loading the versions…</p>;
  return (
    <ol aria-label="Versions in other articles" className="mt-3 space-y-2 border-l-2 border-indigo-200 pl-3 text-sm dark:border-indigo-800">
      {data.versions.map((v, i) => (
        <li key={v.id}>
          <a
            href={sentencePath(v.articleId, v.position)}
            className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
          >
            {v.article}
          </a>
          {v.date && (
            <span className="text-slate-600 dark:text-slate-300">
              {" "}
              · <time dateTime={v.date}>{formatDate(v.date)}</time>
              {i === 0 && " (first reported)"}
            </span>
          )}
          {v.id === shownId ? (
            <p className="text-slate-600 dark:text-slate-300">(the version shown above)</p>
          ) : (
            <p className="leading-relaxed">
              {wordDiff(shownText, v.text).map((part, i) =>
                part.kind === "same" ? (
                  <span key={i}>{part.text}</span>
                ) : part.kind === "added" ? (
                  <ins key={i} className="rounded-sm bg-emerald-100 no-underline dark:bg-emerald-900/60">
                    {part.text}
                  </ins>
                ) : (
                  <del key={i} className="rounded-sm bg-rose-100 text-slate-600 dark:bg-rose-900/50 dark:text-slate-300">
                    {part.text}
                  </del>
                ),
              )}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
