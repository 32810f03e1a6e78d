import { describe, expect, it } from "vitest";
import { claimTraits } from "./claim-clusterer";
import { CorpusPass } from "./corpus-pass";

const article = (names: string[]) => ({ names, claims: claimTraits([]) });

describe("the corpus pass", () => {
  it("gives the same canonical speakers whatever order the articles come in", () => {
    // Equally full, equally frequent spellings: the choice must not follow the input order.
    const articles: [string, string[]][] = [
      ["a", ["Sergey Lavrov"]],
      ["b", ["Sergei Lavrov"]],
      ["c", ["J. Smith", "John Smith"]],
    ];
    const values = (order: [string, string[]][]) => {
      const pass = new CorpusPass();
      for (const [id, names] of order) pass.add(id, article(names));
      const { canonicalSpeaker } = pass.context();
      return ["Lavrov", "Smith", "Mr. Smith"].map(canonicalSpeaker);
    };
    expect(values(articles)).toEqual(values([...articles].reverse()));
    expect(values(articles)[0]).toMatch(/^Serge[iy] Lavrov$/);
    expect(values(articles)[1]).toBe("John Smith");
  });
});
