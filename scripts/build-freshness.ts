import { readdirSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";

/** What the production build is made from. */
const SOURCES = ["app", "components", "lib", "meili", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];

/**
 * Whether `next build` must run: no build yet, or a source file newer than the last build.
 * Saves the build's minute on every start after the first.
 */
export function buildIsStale(root: string): boolean {
  let built: number;
  try {
    built = statSync(join(root, ".next", "BUILD_ID")).mtimeMs;
  } catch {
    return true;
  }
  return SOURCES.some((s) => newestMtime(join(root, s)) > built);
}

function newestMtime(path: string): number {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, entry) => Math.max(max, newestMtime(join(path, entry))), stat.mtimeMs);
}
