import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discover } from "./discover";
import { readArticles, segmentArticle, type ReadArticle, type ReadReport } from "./read-articles";
import { ArticleSpool } from "./spool";

const dir = mkdtempSync(join(tmpdir(), "parley-read-articles-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("reading articles", () => {
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
    const articles = await all(readArticles(discover([dir]).files, report, (done) => files.push(done)));
    expect(articles.map((a) => [a.raw.id, a.sentences, a.paragraphStarts])).toEqual([
      ["one", ["First.", "Second.", "Third opens a paragraph."], [0, 2]],
      ["two", ["Only one."], [0]],
    ]);
    expect(report.rejections.map((r) => r.reason.split(" (")[0])).toEqual(["duplicate article id one", "empty file"]);
    expect(files).toEqual([1, 2]);
  });
});

describe("the spool between the passes", () => {
  it("gives back exactly what was added, in order, whatever the text holds", async () => {
    const bodies = [
      "Plain. Text.",
      "Line\r\nbreaks\rand\u2028separators\u2029too.",
      'Quotes “and” "straight" ones, emoji 🗞️ and \\ backslashes.',
    ];
    const added: ReadArticle[] = bodies.map((body, i) => segmentArticle({ title: `T${i}`, body, root: "r", origin: `${i}.txt` }));
    const spool = new ArticleSpool();
    try {
      for (const article of added) await spool.add(article);
      expect(spool.count).toBe(3);
      expect(await all(spool.articles())).toEqual(added);
    } finally {
      spool.remove();
    }
  });
});
