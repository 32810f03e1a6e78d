import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { decode } from "./decode";
import { describeFsError, type InputFile } from "./discover";
import { parseJsonDocument, parseJsonLines, parseTextArticle } from "./formats";
import type { ReadResult } from "./types";

/** Reads one input file into articles, or says why it could not. */
export async function readInputFile(file: InputFile): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file.path);
  } catch (error) {
    return { articles: [], rejections: [{ path: file.path, reason: describeFsError(error) }], notices: [] };
  }
  const decoded = decode(bytes);
  if ("error" in decoded) return { articles: [], rejections: [{ path: file.path, reason: decoded.error }], notices: [] };
  const result = parse(decoded.text, file);
  if (decoded.encoding !== "utf-8" && result.articles.length) {
    result.notices.push({ path: file.path, message: `not valid UTF-8: decoded as ${decoded.encoding}` });
  }
  return result;
}

function parse(text: string, file: InputFile): ReadResult {
  switch (extname(file.path).toLowerCase()) {
    case ".jsonl":
      return parseJsonLines(text, file);
    case ".json":
      return parseJsonDocument(text, file);
    default:
      return parseTextArticle(text, file);
  }
}
