import { sentencePath } from "@/lib/links";
import type { ExportedSentence } from "@/meili/searches";

/** One exported row: the sentence, its facets, and a stable link to it. */
export interface ExportRow {
  link: string;
  id: string;
  claimId: string;
  reportedIn: number;
  article: string;
  position: number;
  text: string;
  speaker: string;
  /** Parallel to `speaker`: person, organisation, source or place. */
  speakerKind: string;
  country: string;
  topic: string;
  source: string;
  date: string;
  url: string;
}

export const EXPORT_COLUMNS: (keyof ExportRow)[] = [
  "link",
  "id",
  "claimId",
  "reportedIn",
  "article",
  "position",
  "text",
  "speaker",
  "speakerKind",
  "country",
  "topic",
  "source",
  "date",
  "url",
];

/** A hit → its row; list facets joined with "; ", the link absolute on `origin`. */
export function toExportRow(hit: ExportedSentence, origin: string): ExportRow {
  return {
    link: origin + sentencePath(hit.articleId, hit.position),
    id: hit.id,
    claimId: hit.claimId,
    reportedIn: hit.claimArticles,
    article: hit.article,
    position: hit.position,
    text: hit.text,
    speaker: hit.speaker.join("; "),
    speakerKind: hit.speakerKind.join("; "),
    country: hit.country.join("; "),
    topic: hit.topic.join("; "),
    source: hit.source ?? "",
    date: hit.date ?? "",
    url: hit.url ?? "",
  };
}

/**
 * RFC 4180 CSV with a header. A cell a spreadsheet would run as a formula (=, +, -, @ first)
 * is prefixed with an apostrophe: corpus text is never executed.
 * toCsv([{ a: 'say "hi"', b: "=1+1" }], ["a", "b"]) → 'a,b\r\n"say ""hi""",\'=1+1\r\n'
 */
export function toCsv<T>(rows: T[], columns: (keyof T)[]): string {
  const cell = (value: unknown) => {
    let text = String(value ?? "");
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map(String).map(cell).join(","), ...rows.map((row) => columns.map((c) => cell(row[c])).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}
