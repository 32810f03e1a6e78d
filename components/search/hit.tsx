"use client";

import { useState } from "react";
import type { HitView } from "@/meili/query";
import { formatDate } from "@/lib/dates";
import { parseSentenceId, sentencePath } from "@/lib/links";
import { ClaimVersions } from "./claim-versions";
import { CopyButton } from "./copy-button";
import { HighlightedText } from "./highlighted-text";
import { HitContext } from "./hit-context";
import { FOCUS_RING } from "@/components/ui/focus-ring";

export interface HitProps {
  hit: HitView;
  /** Query string of the current search, so the article page can link back to it. */
  backQuery: string;
  onSpeaker: (speaker: string) => void;
}

const action = `text-sm text-slate-600 underline-offset-2 hover:underline dark:text-slate-300 ${FOCUS_RING}`;

/**
 * One sentence: its snippet, who said it, the article and its date; how many articles repeat it
 * (each version with its differences marked) and where it was first reported, its context in
 * place, and a link to copy.
 * Focusable, so ↑/↓ move through the hits and Enter opens the article at the sentence.
 */
export function Hit({ hit, backQuery, onSpeaker }: HitProps) {
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [contextOpen, setContextOpen] = useState(false);
  const firstAt = hit.first && parseSentenceId(hit.first.id);
  const first = firstAt ? hit.first : undefined;
  const sentence = (
    <p className="text-base leading-relaxed">
      <HighlightedText marked={hit.highlighted} />
    </p>
  );
  return (
    <li
      tabIndex={-1}
      data-hit={hit.id}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-slate-700 dark:bg-slate-900"
    >
      {contextOpen ? <HitContext sentenceId={hit.id}>{sentence}</HitContext> : sentence}
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-300">
        {hit.speaker.length > 0 && (
          <span>
            <span className="sr-only">Speaker: </span>—{" "}
            {hit.speaker.map((s, i) => (
              <span key={s}>
                {i > 0 && ", "}
                <button
                  type="button"
                  onClick={() => onSpeaker(s)}
                  title={`Only what ${s} said`}
                  className={`font-medium text-slate-800 hover:underline dark:text-slate-100 ${FOCUS_RING}`}
                >
                  {s}
                </button>
              </span>
            ))}
          </span>
        )}
        <a
          data-article-link
          href={sentencePath(hit.articleId, hit.position, backQuery)}
          className="text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
        >
          {hit.article}
        </a>
        {hit.date && <time dateTime={hit.date}>{formatDate(hit.date)}</time>}
      </div>
      <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1">
        {hit.claimArticles > 1 && (
          <button
            type="button"
            aria-expanded={versionsOpen}
            onClick={() => setVersionsOpen(!versionsOpen)}
            className={`${action} font-medium text-indigo-700 dark:text-indigo-300`}
          >
            Reported in {hit.claimArticles} articles
          </button>
        )}
        {hit.claimArticles > 1 && first && (
          <span data-first-reported className="text-sm text-slate-600 dark:text-slate-300">
            First reported <time dateTime={first.date}>{formatDate(first.date)}</time> in{" "}
            <a href={sentencePath(first.articleId, firstAt!.position)} className="underline-offset-2 hover:underline">
              {first.article}
            </a>
          </span>
        )}
        <button type="button" aria-expanded={contextOpen} onClick={() => setContextOpen(!contextOpen)} className={action}>
          {contextOpen ? "Hide context" : "Show context"}
        </button>
        <CopyButton text={sentencePath(hit.articleId, hit.position)} label="Copy link to this sentence" className={action} />
      </div>
      {versionsOpen && <ClaimVersions claimId={hit.claimId} shownId={hit.id} shownText={hit.text} />}
    </li>
  );
}
