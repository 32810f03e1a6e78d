/**
 * Highlight markers: private-use characters that cannot occur in news text, so matches are
 * marked without Meilisearch ever producing HTML, and rendering needs no raw HTML.
 */
export const HIGHLIGHT_PRE = "\uE000";
export const HIGHLIGHT_POST = "\uE001";

export interface HighlightPart {
  text: string;
  match: boolean;
}

/**
 * "a \uE000b\uE001 c" → [{ text: "a ", match: false }, { text: "b", match: true }, { text: " c", match: false }]
 */
export function splitHighlight(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  for (const [i, chunk] of marked.split(HIGHLIGHT_PRE).entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk, match: false });
      continue;
    }
    const end = chunk.indexOf(HIGHLIGHT_POST);
    const match = end < 0 ? chunk : chunk.slice(0, end);
    const rest = end < 0 ? "" : chunk.slice(end + HIGHLIGHT_POST.length);
    if (match) parts.push({ text: match, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}
