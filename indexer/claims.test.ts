import { describe, expect, it } from "vitest";
import { ClaimClusterer } from "./claim-clusterer";
import { claimGuard, claimSignature } from "./claims";

/** Clusters the sentences, one article each, and says which ended up in one claim. */
function sameClaim(a: string, b: string): boolean {
  const clusterer = new ClaimClusterer();
  clusterer.addArticle("a", [a]);
  clusterer.addArticle("b", [b]);
  const claims = clusterer.assign();
  const [x, y] = [claims.claimOf("a", 0), claims.claimOf("b", 0)];
  return x !== undefined && x.claimId === y?.claimId;
}

describe("near-duplicate sentences (small edits) are one claim", () => {
  const base = "The opposition groups demand that the president leave office at the start of the transition process.";
  it.each([
    ["identical", base],
    ["curly quotes and punctuation", "The opposition groups demand that the president leave office at the start of the transition process"],
    ["one word inserted", "The opposition groups, however, demand that the president leave office at the start of the transition process."],
    ["one word changed", "The opposition groups insist that the president leave office at the start of the transition process."],
    [
      "a title added",
      "The opposition groups demand that the president leave office at the start of the transition process, Mr Smith said.",
    ],
  ])("%s", (_, variant) => {
    expect(sameClaim(base, variant)).toBe(true);
  });

  it("a quote with and without its attribution", () => {
    expect(
      sameClaim(
        "“We are ending our operations in the southern sea and reassessing the deployment of our assets.",
        "“We are ending our operations in the southern sea and reassessing the redeployment of our assets,” Smith said.",
      ),
    ).toBe(true);
  });
});

describe("different claims are not grouped", () => {
  it.each([
    [
      "another statement on the same subject",
      "The minister said the talks would resume in Geneva next week.",
      "The minister said the ceasefire had been broken twice overnight in the north.",
    ],
    [
      "the same template with other figures",
      "Quarterly dividend of 3.6 cts a share versus 3.6 cts prior.",
      "Quarterly dividend of 6.9 cts a share versus 6.9 cts prior.",
    ],
    [
      "figures in words",
      "In that season nineteen players were born in the country, two born abroad.",
      "In that season nineteen players were born in the country, three born abroad.",
    ],
    [
      "the same boilerplate about someone else",
      "The Interior Department did not immediately respond to a request for comment.",
      "The White House did not immediately respond to a request for comment.",
    ],
    [
      "negated",
      "The minister said the government would sign the agreement this week.",
      "The minister said the government would not sign the agreement this week.",
    ],
  ])("%s", (_, a, b) => {
    expect(sameClaim(a, b)).toBe(false);
  });
});

describe("claims", () => {
  it("short sentences are never claims", () => {
    expect(claimSignature("He declined to comment.")).toBeUndefined();
    expect(sameClaim("He declined to comment.", "He declined to comment.")).toBe(false);
  });

  it("a chain of edits does not drift into a different sentence", () => {
    const clusterer = new ClaimClusterer();
    const steps = [
      "The central bank raised its main interest rate by a quarter point on Thursday to curb inflation.",
      "The central bank raised its main interest rate by a quarter point on Thursday to fight inflation.",
      "The central bank raised its key lending rate by a quarter point on Thursday to fight rising inflation.",
      "The central bank lifted its key lending rate by a quarter point to fight rising prices across the economy.",
      "Officials lifted the key lending rate to fight rising prices across the whole economy this year.",
    ];
    for (const [i, text] of steps.entries()) clusterer.addArticle(`s${i}`, [text]);
    const claims = clusterer.assign();
    expect(claims.claimOf("s0", 0)!.claimId).toBe(claims.claimOf("s1", 0)!.claimId);
    expect(claims.claimOf("s4", 0)?.claimId).not.toBe(claims.claimOf("s0", 0)!.claimId);
    // Read in the opposite order, the chain starts from the same sentence: the same claims.
    const reversed = new ClaimClusterer();
    for (const [i, text] of [...steps.entries()].reverse()) reversed.addArticle(`s${i}`, [text]);
    const again = reversed.assign();
    for (const i of steps.keys()) expect(again.claimOf(`s${i}`, 0)).toEqual(claims.claimOf(`s${i}`, 0));
  });

  it("the claim id is the smallest sentence id, whatever the order, and counts articles", () => {
    const text = "Syrian opposition groups demand that the president leave at the start of the process.";
    const other = "Something else entirely happened in the capital on Tuesday morning.";
    // Article "a" repeats the sentence twice (positions 1 and 2): one claim, counted as one article.
    const articles: [string, string[]][] = [
      ["b", [other, other, other, text]],
      ["a", [other, text, text]],
      ["c", [text]],
      ["z", [other]],
    ];
    for (const order of [articles, [...articles].reverse()]) {
      const clusterer = new ClaimClusterer();
      for (const [id, sentences] of order) clusterer.addArticle(id, sentences);
      const claims = clusterer.assign();
      for (const [id, position] of [
        ["b", 3],
        ["a", 1],
        ["a", 2],
        ["c", 0],
      ] as const)
        expect(claims.claimOf(id, position)).toEqual({ claimId: "a-1", claimArticles: 3, versions: 4 });
      // (b's three, a's first and z's: five versions.)
      expect(claims.claimOf("z", 0)).toEqual({ claimId: "a-0", claimArticles: 3, versions: 5 });
      expect(claims.claimOf("nobody", 0)).toBeUndefined();
    }
  });

  it("assigning lets the signatures go: the claims stay answerable, the clusterer takes nothing more", () => {
    const text = "Syrian opposition groups demand that the president leave at the start of the process.";
    const clusterer = new ClaimClusterer();
    clusterer.addArticle("a", [text]);
    clusterer.addArticle("b", [text]);
    const claims = clusterer.assign();
    expect(claims.claimOf("b", 0)).toEqual({ claimId: "a-0", claimArticles: 2, versions: 2 });
    expect(clusterer.sentences).toBe(2);
    expect(() => clusterer.addArticle("c", [text])).toThrow(/takes no more articles/);
    expect(() => clusterer.bandColumns(0)).toThrow(/signatures are gone/);
  });

  it("a sentence alone in its claim has none assigned (it is its own)", () => {
    const clusterer = new ClaimClusterer();
    clusterer.addArticle("a", ["The weather was mild across the region for most of the week.", "Short one."]);
    const claims = clusterer.assign();
    expect(claims.claimOf("a", 0)).toBeUndefined();
    expect(claims.claimOf("a", 1)).toBeUndefined();
  });

  it("guards: a claim may add figures and names the other lacks, as the clusterer compares them", () => {
    expect(
      sameClaim(
        "The flight left Kuala Lumpur for Beijing on 8 March with 239 people aboard.",
        "The flight left Kuala Lumpur for Beijing on 8 March 2014 with 239 people aboard.",
      ),
    ).toBe(true);
    expect(
      sameClaim(
        "Truss said it was likely that the talks in Geneva would fail next week.",
        "Mr Truss said it was likely that the talks in Geneva would fail next week.",
      ),
    ).toBe(true);
    expect(claimGuard("The GSA’s office did not say why profit fell 3.6 pct.")).toEqual({
      numbers: ["3.6"],
      names: ["gsa"],
      negated: true,
    });
  });
});
