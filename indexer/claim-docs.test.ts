import { describe, expect, it } from "vitest";
import type { SentenceDoc } from "../meili/schema";
import { ClaimBuilder, singleClaim } from "./claim-docs";
import { TextSpool } from "./read/spool";

const sentence = (id: string, over: Partial<SentenceDoc> = {}): SentenceDoc => ({
  id,
  articleId: id.split("-")[0]!,
  article: `Title of ${id.split("-")[0]}`,
  position: Number(id.split("-")[1]),
  text: "The minister said the plan would go ahead.",
  speaker: [],
  speakerKind: [],
  people: [],
  country: [],
  topic: [],
  topic_lvl0: [],
  topic_lvl1: [],
  claimId: id,
  claimArticles: 1,
  ...over,
});

const built = (versions: SentenceDoc[]) => {
  const builder = new ClaimBuilder(versions.length);
  for (const v of versions) builder.add(v);
  return builder.build();
};

describe("claim documents", () => {
  it("dates a claim by every version: the spans it was reported in, the first report and the last; and lists its outlets", () => {
    const at = (iso: string) => ({ date: iso, dateTs: Date.parse(`${iso}T00:00:00Z`) / 1000 });
    const claim = { claimId: "a-1", claimArticles: 3 };
    const versions = [
      sentence("c-2", { ...claim, ...at("2017-12-04") }),
      sentence("a-1", { ...claim, ...at("2017-11-30") }),
      sentence("b-0", { ...claim, ...at("2017-11-29") }),
      sentence("d-0", { ...claim }),
    ];
    for (const order of [versions, [...versions].reverse()]) {
      const doc = built(order);
      expect(doc).toMatchObject({
        dateTs: [at("2017-11-29").dateTs, at("2017-11-30").dateTs, at("2017-12-04").dateTs],
        day: ["2017-11-29", "2017-11-30", "2017-12-04"],
        week: ["2017-11-27", "2017-12-04"],
        month: ["2017-11", "2017-12"],
        year: ["2017"],
        first: { date: "2017-11-29", article: "Title of b", articleId: "b", id: "b-0", dateTs: at("2017-11-29").dateTs },
        lastTs: at("2017-12-04").dateTs,
        date: "2017-11-30",
      });
    }
    expect(
      built([
        sentence("h-1", { claimId: "h-1", claimArticles: 2, source: "Wire" }),
        sentence("i-1", { claimId: "h-1", claimArticles: 2, source: "Daily" }),
      ]).source,
    ).toEqual(["Wire", "Daily"]);
    expect(singleClaim(sentence("j-1", { source: "Wire" })).source).toEqual(["Wire"]);
    expect(singleClaim(sentence("k-1"))).not.toHaveProperty("source");
    expect(singleClaim(sentence("e-1", at("2017-10-19")))).toMatchObject({
      dateTs: [at("2017-10-19").dateTs],
      day: ["2017-10-19"],
      lastTs: at("2017-10-19").dateTs,
    });
    expect(
      built([sentence("f-1", { claimId: "f-1", claimArticles: 2 }), sentence("g-1", { claimId: "f-1", claimArticles: 2 })]),
    ).not.toHaveProperty("first");
  });

  it("makes a sentence reported once a claim of one version, the same as the sentence", () => {
    const doc = sentence("a-3", { speaker: ["Ana Ruiz"], speakerKind: ["person"], people: ["Ana Ruiz"], url: "https://x.test/a" });
    expect(singleClaim(doc)).toEqual({ ...doc, article: ["Title of a"], headArticle: "Title of a", versions: 1 });
  });

  it("shows the head version and counts the claim under every version's values", () => {
    const claim = { claimId: "a-1", claimArticles: 2 };
    const head = sentence("a-1", { ...claim, speaker: ["Ana Ruiz"], speakerKind: ["person"], people: ["Ana Ruiz"], country: ["Peru"] });
    const other = sentence("b-4", {
      ...claim,
      speaker: ["Finance Ministry", "Ana Ruiz"],
      speakerKind: ["organisation", "person"],
      country: ["Chile", "Peru"],
      topic: ["economy"],
    });
    const doc = built([other, head]);
    expect(doc).toMatchObject({
      id: "a-1",
      text: head.text,
      articleId: "a",
      position: 1,
      headArticle: "Title of a",
      article: ["Title of a", "Title of b"],
      versions: 2,
      speaker: ["Ana Ruiz", "Finance Ministry"],
      speakerKind: ["person", "organisation"],
      people: ["Ana Ruiz"],
      country: ["Peru", "Chile"],
      topic: ["economy"],
    });
  });

  it("finds the claim by a word only another version has, and by nothing else of theirs", () => {
    const claim = { claimId: "a-1", claimArticles: 2 };
    const doc = built([
      sentence("a-1", { ...claim, text: "The minister said the plan would go ahead." }),
      sentence("b-2", { ...claim, text: "The Minister said the scheme would go ahead on Monday." }),
    ]);
    expect(doc.variantText?.split(" ").sort()).toEqual(["monday", "on", "scheme"]);
    expect(built([sentence("a-1", claim), sentence("b-2", claim)]).variantText).toBeUndefined();
  });

  it("gives the same document and hash whatever order the versions came in, and another hash when one changes", () => {
    const claim = { claimId: "a-1", claimArticles: 3 };
    const versions = [
      sentence("a-1", { ...claim, speaker: ["X"], speakerKind: ["person"] }),
      sentence("b-2", { ...claim, speaker: ["Y"], speakerKind: ["source"], text: "Officials said the plan would go ahead." }),
      sentence("c-9", { ...claim, speaker: ["Z"], speakerKind: ["person"] }),
    ];
    const one = built(versions);
    expect(built([...versions].reverse())).toEqual(one);
    expect(one.hash).toMatch(/^[0-9a-f]{40}$/);
    const edited = [...versions.slice(0, 2), { ...versions[2]!, country: ["Peru"] }];
    expect(built(edited).hash).not.toBe(one.hash);
  });

  it("builds the same claim with its head version kept on disk while it waits", () => {
    const claim = { claimId: "a-1", claimArticles: 2 };
    const versions = [
      sentence("b-4", { ...claim, country: ["Chile"], text: "The minister said the plan would go ahead, reporters were told." }),
      sentence("a-1", { ...claim, speaker: ["Ana Ruiz"], speakerKind: ["person"], people: ["Ana Ruiz"], text: "La ministra dijo «sí»." }),
    ];
    const spool = new TextSpool();
    try {
      const builder = new ClaimBuilder(2, spool.keep);
      for (const v of versions) builder.add(v);
      expect(builder.build()).toEqual(built(versions));
    } finally {
      spool.remove();
    }
  });

  it("says when it has every version, and refuses to build a claim it never saw the head of", () => {
    const builder = new ClaimBuilder(2);
    builder.add(sentence("b-2", { claimId: "a-1", claimArticles: 2 }));
    expect(builder.complete).toBe(false);
    expect(() => builder.build()).toThrow(/head/);
    builder.add(sentence("a-1", { claimId: "a-1", claimArticles: 2 }));
    expect(builder.complete).toBe(true);
  });
});
