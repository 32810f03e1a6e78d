import type { InputFile } from "./discover";
import type { RawArticle, ReadResult } from "./types";

/**
 * Plain text or Markdown: the first non-empty line is the title, the rest is the body.
 * "# Title\n\nBody." → { title: "Title", body: "Body." }
 */
export function parseTextArticle(text: string, file: InputFile): ReadResult {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const titleAt = lines.findIndex((l) => l.trim() !== "");
  if (titleAt < 0) return rejected(file, "empty file (no title, no text)");
  const first = cleanTitle(lines[titleAt]!, file.path);
  // A first line this long is the text itself (one article per line), not a title.
  if (first.length > MAX_TITLE_CHARS) {
    const body = lines.slice(titleAt).join("\n").trim();
    return { articles: [{ title: shortTitle(first), body, root: file.root, origin: file.relPath }], rejections: [], notices: [] };
  }
  const title = first;
  const body = lines
    .slice(titleAt + 1)
    .join("\n")
    .trim();
  if (!body) return rejected(file, "no body text after the title line");
  return { articles: [{ title, body, root: file.root, origin: file.relPath }], rejections: [], notices: [] };
}

const MAX_TITLE_CHARS = 300;

/** The first words of a text, for a title: "A long first line of text …". */
function shortTitle(text: string): string {
  const cut = text.lastIndexOf(" ", 100);
  return `${text.slice(0, cut > 40 ? cut : 100)}…`;
}

function cleanTitle(line: string, path: string): string {
  const title = line.trim();
  return path.toLowerCase().endsWith(".md") ? title.replace(/^#+\s*/, "").replace(/[*_`]/g, "") : title;
}

/** One JSON object per line; a bad line is rejected with its number, the others are kept. */
export function parseJsonLines(text: string, file: InputFile): ReadResult {
  const result: ReadResult = { articles: [], rejections: [], notices: [] };
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      result.rejections.push({ path: file.path, line: i + 1, reason: `invalid JSON: ${(error as Error).message}` });
      return;
    }
    addRecord(result, record, file, `${file.relPath}:${i + 1}`, i + 1);
  });
  if (!result.articles.length && !result.rejections.length) return rejected(file, "empty file (no records)");
  return result;
}

/** A JSON array of articles, or a single article object. */
export function parseJsonDocument(text: string, file: InputFile): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return rejected(file, `invalid JSON: ${(error as Error).message}`);
  }
  const result: ReadResult = { articles: [], rejections: [], notices: [] };
  const records = Array.isArray(data) ? data : [data];
  for (const [i, record] of records.entries()) addRecord(result, record, file, `${file.relPath}#${i}`, undefined, i);
  return result;
}

function addRecord(result: ReadResult, record: unknown, file: InputFile, origin: string, line?: number, index?: number) {
  const where = line !== undefined ? { line } : {};
  const label = index !== undefined ? `record ${index}: ` : "";
  if (!record || typeof record !== "object" || Array.isArray(record)) {
    result.rejections.push({ path: file.path, ...where, reason: `${label}not a JSON object` });
    return;
  }
  const r = record as Record<string, unknown>;
  const body = firstString(r.body, r.text);
  if (!body?.trim()) {
    result.rejections.push({ path: file.path, ...where, reason: `${label}no "body" or "text" field with text` });
    return;
  }
  const title = firstString(r.title)?.trim() || firstLine(body);
  const article: RawArticle = { title, body, root: file.root, origin };
  const id = r.id;
  if (typeof id === "string" || typeof id === "number") article.id = String(id);
  for (const key of ["url", "date", "source"] as const) {
    const value = firstString(r[key]);
    if (value) article[key] = value;
  }
  result.articles.push(article);
}

function firstString(...values: unknown[]): string | undefined {
  return values.find((v): v is string => typeof v === "string");
}

function firstLine(body: string): string {
  const line = body.trim().split("\n")[0]!;
  return line.length > 120 ? shortTitle(line) : line;
}

function rejected(file: InputFile, reason: string): ReadResult {
  return { articles: [], rejections: [{ path: file.path, reason }], notices: [] };
}
