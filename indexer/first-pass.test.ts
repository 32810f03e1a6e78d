import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { firstPass, isKnown } from "./first-pass";
import { discover } from "./read/discover";
import type { ReadReport, SegmentedArticle } from "./read/read-articles";

const dir = mkdtempSync(join(tmpdir(), "parley-first-pass-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("the first pass, without a cache", () => {
  it("yields every article in input order with its sentences and paragraph starts, and reports duplicates and unreadable files", async () => {
    writeFileSync(
      join(dir, "a.jsonl"),
      [
        JSON.stringify({ id: "one", title: "One", body: "First. Second.\n\nThird opens a paragraph." }),
        JSON.stringify({ id: "one", title: "Again", body: "A repeat." }),
        JSON.stringify({ id: "two", title: "Two", body: "Only one." }),
      ].join("\n"),
    );
    writeFileSync(join(dir, "b.txt"), "");
    const report: ReadReport = { rejections: [], notices: [] };
    const files: number[] = [];
    const read = await all(firstPass(discover([dir]).files, report, undefined, (done) => files.push(done)));
    const articles = read.map(({ spooled }) => spooled).filter((a) => !isKnown(a)) as SegmentedArticle[];
    expect(articles.map((a) => [a.raw.id, a.sentences, a.paragraphStarts])).toEqual([
      ["one", ["First.", "Second.", "Third opens a paragraph."], [0, 2]],
      ["two", ["Only one."], [0]],
    ]);
    expect(report.rejections.map((r) => r.reason.split(" (")[0])).toEqual(["duplicate article id one", "empty file"]);
    expect(files).toEqual([1, 2]);
    // What the corpus learns of each: its names, and a claim signature for each sentence long enough.
    expect(read.map((a) => a.observations.claims.sentences)).toEqual([3, 1]);
  });
});
