import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { TextSpool } from "./spool";

const spoolDirs = () => readdirSync(tmpdir()).filter((name) => name.startsWith("parley-spool-"));

describe("TextSpool", () => {
  it("gives back what it kept, in any order and more than once, multi-byte characters whole", () => {
    const spool = new TextSpool();
    const texts = ["Le Graët a déclaré « non »", "", "€".repeat(5000), '{"id":"a-1","text":"“quoted”"}'];
    const kept = texts.map(spool.keep);
    try {
      for (const i of [3, 0, 2, 1, 3]) expect(kept[i]!()).toBe(texts[i]);
    } finally {
      spool.remove();
    }
  });

  it("writes nothing until something is kept, and removes its file", () => {
    const before = new Set(spoolDirs());
    const spool = new TextSpool();
    expect(spoolDirs().filter((d) => !before.has(d))).toEqual([]);
    spool.keep("a head version");
    const made = spoolDirs().filter((d) => !before.has(d));
    expect(made).toHaveLength(1);
    spool.remove();
    expect(existsSync(`${tmpdir()}/${made[0]}`)).toBe(false);
  });
});
