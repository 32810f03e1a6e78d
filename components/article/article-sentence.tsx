import type { SentenceDoc } from "@/meili/schema";

/** One sentence of an article; its facets show on hover or keyboard focus. */
export function ArticleSentence({ sentence }: { sentence: SentenceDoc }) {
  const facets = [
    ["Speaker", sentence.speaker],
    ["Topic", sentence.topic],
    ["Country", sentence.country],
  ] as const;
  const described = facets.some(([, values]) => values.length > 0);
  return (
    <li
      id={`s${sentence.position}`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard user reaches each sentence to read its facets, which otherwise show on hover
      tabIndex={0}
      className="sentence group rounded px-2 py-1 leading-relaxed outline-none hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-indigo-500 dark:hover:bg-slate-900"
    >
      <span>{sentence.text}</span>
      {described && (
        <dl className="hidden flex-wrap gap-x-4 gap-y-0.5 pt-1 text-xs text-slate-600 group-hover:flex group-focus:flex group-target:flex dark:text-slate-300">
          {facets.map(([label, values]) =>
            values.length ? (
              <div key={label} className="flex gap-1">
                <dt className="font-semibold">{label}:</dt>
                <dd>{values.join(", ")}</dd>
              </div>
            ) : null,
          )}
        </dl>
      )}
    </li>
  );
}
