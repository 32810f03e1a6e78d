import { splitHighlight } from "@/meili/highlight";

/** Text with its matches in <mark>, built as React elements (never as raw HTML). */
export function HighlightedText({ marked }: { marked: string }) {
  return (
    <>
      {splitHighlight(marked).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-500/40">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
