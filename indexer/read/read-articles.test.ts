import { describe, expect, it } from "vitest";
import { segmentArticle, type ReadArticle } from "./read-articles";
import { ArticleSpool } from "./spool";

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

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
