import { readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import type { Rejection } from "./types";

export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".jsonl", ".json"] as const;

/** A file to read, with the root it was found under. */
export interface InputFile {
  path: string;
  /** Basename of the root given on the command line: part of each article's identity. */
  root: string;
  /** Path relative to that root (the file's own name when a file was given). */
  relPath: string;
  /** Size and modification time when found: a file with both unchanged need not be read again. */
  size: number;
  mtimeMs: number;
}

/**
 * Walks files and folders (recursively, following links once, skipping hidden entries) and
 * returns the files Parley can read plus a rejection for everything else it met.
 */
export function discover(inputs: string[]): { files: InputFile[]; rejections: Rejection[] } {
  const files: InputFile[] = [];
  const rejections: Rejection[] = [];
  const seen = new Set<string>();

  const visit = (path: string, rootDir: string, root: string) => {
    let real: string;
    let stat: Stats;
    try {
      real = realpathSync(path);
      stat = statSync(real);
    } catch (error) {
      rejections.push({ path, reason: describeFsError(error) });
      return;
    }
    if (seen.has(real)) {
      if (stat.isDirectory()) rejections.push({ path, reason: "folder already visited (symbolic link loop?)" });
      return;
    }
    seen.add(real);
    if (stat.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(path).sort();
      } catch (error) {
        rejections.push({ path, reason: describeFsError(error) });
        return;
      }
      for (const entry of entries) {
        if (!entry.startsWith(".")) visit(join(path, entry), rootDir, root);
      }
      return;
    }
    if (!stat.isFile()) {
      rejections.push({ path, reason: "not a regular file" });
      return;
    }
    const ext = extname(path).toLowerCase();
    if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
      rejections.push({ path, reason: `unsupported file type "${ext || "(none)"}" (expected ${SUPPORTED_EXTENSIONS.join(", ")})` });
      return;
    }
    files.push({ path, root, relPath: relative(rootDir, path) || basename(path), size: stat.size, mtimeMs: stat.mtimeMs });
  };

  for (const input of inputs) {
    const scope = inputScope(input);
    visit(input, scope.file === undefined ? input : dirname(input), scope.root);
  }
  return { files, rejections };
}

/**
 * What an input given on the command line covers: the root its articles are filed under (a
 * folder's own name, or a file's folder's name) and, for a single file, that file. Discovery
 * files articles under it and pruning deletes only within it.
 *   inputScope("/c/bbc/")            → { root: "bbc" }
 *   inputScope("/c/reuters/a.jsonl") → { root: "reuters", file: "a.jsonl" }
 */
export interface InputScope {
  root: string;
  file?: string;
}

export function inputScope(input: string): InputScope {
  let isDir = false;
  try {
    isDir = statSync(input).isDirectory();
  } catch {
    // A missing input is reported by discover(); as a scope it is a file.
  }
  const path = resolve(input);
  if (isDir) return { root: basename(path) || "input" };
  return { root: basename(dirname(path)) || "input", file: basename(path) };
}

/** Whether an article read from `origin` ("a.jsonl:3", "a.json#0", "x/b.txt") under `root` is in the scope. */
export function inScope(scope: InputScope, article: { root: string; origin: string }): boolean {
  if (article.root !== scope.root) return false;
  const { file } = scope;
  return file === undefined || article.origin === file || article.origin.startsWith(`${file}:`) || article.origin.startsWith(`${file}#`);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "symbolic link loop";
    default:
      return (error as Error).message ?? String(error);
  }
}
