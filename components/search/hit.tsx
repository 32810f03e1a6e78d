import type { HitView } from "@/meili/query";
import { HighlightedText } from "./highlighted-text";

export interface HitProps {
  hit: HitView;
  /** Query string of the current search, so the article page can link back to it. */
  backQuery: string;
  onSpeaker: (speaker: string) => void;
}

/** One sentence: highlighted text, who said it, and the article it comes from. */
export function Hit({ hit, backQuery, onSpeaker }: HitProps) {
  const href = `/articles/${hit.articleId}${backQuery ? `?back=${encodeURIComponent(backQuery)}` : ""}#s${hit.position}`;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <p className="text-base leading-relaxed">
        <HighlightedText marked={hit.highlighted} />
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-300">
        {hit.speaker.length > 0 && (
          <span>
            <span className="sr-only">Speaker: </span>—{" "}
            {hit.speaker.map((s, i) => (
              <span key={s}>
                {i > 0 && ", "}
                <button type="button" onClick={() => onSpeaker(s)} className="font-medium text-slate-800 hover:underline dark:text-slate-100">
                  {s}
                </button>
              </span>
            ))}
          </span>
        )}
        <a href={href} className="text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
          {hit.article}
        </a>
      </div>
    </li>
  );
}
