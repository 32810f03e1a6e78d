import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const README = readFileSync(join(ROOT, "README.md"), "utf8");
/** Folders that are not the code: installed, built, generated at run time, or the VCS's. */
const NOT_CODE = new Set(["node_modules", ".next", ".data", ".git", "test-results", "playwright-report"]);

/** The block under "How the code is laid out". */
function layoutBlock(): string {
  const section = README.split("## How the code is laid out")[1];
  const block = section?.split("```")[1];
  if (!block) throw new Error('README.md: no code block under "## How the code is laid out"');
  return block;
}

/** Every folder of the tree to `depth` levels, as "name/" paths. */
function folders(dir: string, depth: number, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !NOT_CODE.has(e.name) && !/^\[|^\.(?!ci$)/.test(e.name))
    .flatMap((e) => {
      const path = `${prefix}${e.name}/`;
      return depth > 1 ? [path, ...folders(join(dir, e.name), depth - 1, path)] : [path];
    });
}

describe("the README's code layout", () => {
  it("names every top-level folder and every folder one level down", () => {
    const block = layoutBlock();
    const named = (path: string) => {
      const [top, sub] = path.split("/");
      return sub ? block.includes(`${sub}/`) : new RegExp(`^${top!.replace(".", "\\.")}/ `, "m").test(block);
    };
    expect(folders(ROOT, 2).filter((path) => !named(path))).toEqual([]);
  });
});
