export interface DiffPart {
  text: string;
  /** "same" in both, "added" only in the version, "removed" only in the shown sentence. */
  kind: "same" | "added" | "removed";
}

/**
 * Word-level difference of a version against the sentence shown (longest common subsequence
 * of words; spacing kept with the word before it). Sentences are short, so O(n·m) is fine.
 * wordDiff("a b c", "a x c") → [same "a ", removed "b ", added "x ", same "c"]
 */
export function wordDiff(shown: string, version: string): DiffPart[] {
  const a = words(shown);
  const b = words(version);
  // Case, quote style and punctuation are not differences worth marking.
  const key = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = key(a[i]!) === key(b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (text: string, kind: DiffPart["kind"]) => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else parts.push({ text, kind });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && key(a[i]!) === key(b[j]!)) {
      push(b[j]!, "same");
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      push(b[j++]!, "added");
    } else {
      push(a[i++]!, "removed");
    }
  }
  return parts;
}

/** "a b  c" → ["a ", "b  ", "c"] */
function words(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [];
}
