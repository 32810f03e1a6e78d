import { parse as parseYaml } from "yaml";
import { parseDate } from "../../lib/dates";
import type { InputFile } from "./discover";
import type { ArticleMeta, Notice, RawArticle, ReadResult } from "./types";

/**
 * Plain text or Markdown: the first non-empty line is the title, the rest is the body.
 * "# Title\n\nBody." → { title: "Title", body: "Body." }
 */
export function parseTextArticle(text: string, file: InputFile): ReadResult {
  const notices: Notice[] = [];
  const { fields, rest } = frontMatter(text.replace(/\r\n?/g, "\n"), file, notices);
  const meta = readMeta(fields, file, notices);
  const lines = rest.split("\n");
  const titleAt = lines.findIndex((l) => l.trim() !== "");
  if (titleAt < 0) return rejected(file, "empty file (no title, no text)");
  const first = cleanTitle(lines[titleAt]!, file.path);
  // A first line this long is the text itself (one article per line), not a title.
  if (first.length > MAX_TITLE_CHARS) {
    const body = lines.slice(titleAt).join("\n").trim();
    return { articles: [{ title: shortTitle(first), body, root: file.root, origin: file.relPath, ...meta }], rejections: [], notices };
  }
  const title = first;
  const body = lines
    .slice(titleAt + 1)
    .join("\n")
    .trim();
  if (!body) return rejected(file, "no body text after the title line");
  return { articles: [{ title, body, root: file.root, origin: file.relPath, ...meta }], rejections: [], notices };
}

/**
 * YAML front matter ("---" lines around `key: value` lines at the very top), as static site
 * generators write it; the text after it. Front matter that is not a YAML mapping is reported
 * and left out of the text, so its lines do not become the title.
 */
function frontMatter(text: string, file: InputFile, notices: Notice[]): { fields: Record<string, unknown>; rest: string } {
  const match = /^\uFEFF?---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { fields: {}, rest: text };
  const rest = text.slice(match[0].length);
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    notices.push({ path: file.path, message: `front matter ignored: not valid YAML (${(error as Error).message.split("\n")[0]})` });
    return { fields: {}, rest };
  }
  if (data == null) return { fields: {}, rest };
  if (typeof data !== "object" || Array.isArray(data)) {
    notices.push({ path: file.path, message: "front matter ignored: not a mapping of keys to values" });
    return { fields: {}, rest };
  }
  return { fields: data as Record<string, unknown>, rest };
}

const META_KEYS = ["url", "date", "source"] as const;

/**
 * An article's url, date and source from its record or front matter. A field that cannot be
 * read is reported and left out; the article is kept.
 */
function readMeta(fields: Record<string, unknown>, file: InputFile, notices: Notice[], at = ""): Partial<ArticleMeta> {
  const meta: Partial<ArticleMeta> = {};
  for (const key of META_KEYS) {
    const value = fields[key];
    if (value == null || value === "") continue;
    if (typeof value !== "string") {
      notices.push({
        path: file.path,
        message: `${at}"${key}" rejected: ${typeof value} instead of text; the article is indexed without it`,
      });
      continue;
    }
    if (key !== "date") {
      if (value.trim()) meta[key] = value.trim();
      continue;
    }
    const date = parseDate(value);
    if ("error" in date)
      notices.push({ path: file.path, message: `${at}"date" rejected: ${date.error}; the article is indexed without a date` });
    else meta.date = date.iso;
  }
  return meta;
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
  result.articles.push({ ...article, ...readMeta(r, file, result.notices, line !== undefined ? `line ${line}: ` : label) });
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
