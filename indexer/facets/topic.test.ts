import { describe, expect, it } from "vitest";
import { compileTaxonomy, loadTaxonomy } from "./topic";

const classify = compileTaxonomy(loadTaxonomy());

describe("topic classification", () => {
  it("labels sentences with IPTC level-2 topics and their level-1 paths", () => {
    const t = classify("Rebels said air strikes hit the town despite the ceasefire.");
    expect(t.topic).toEqual(expect.arrayContaining(["armed conflict", "peace process"]));
    expect(t.topic_lvl1).toContain("conflict, war and peace > armed conflict");
    expect(t.topic_lvl0).toContain("conflict, war and peace");
  });

  it("matches whole words only", () => {
    expect(classify("They will start in Crimea.").topic).toEqual([]);
    expect(classify("The cease-fire held.").topic).toEqual(["peace process"]);
  });

  it("uses a custom taxonomy with case-sensitive capitalised cues", () => {
    const custom = compileTaxonomy({ topics: [{ lvl0: "sport", label: "basketball", cues: ["NBA", "dunk*"] }] });
    expect(custom("The NBA star dunked twice.").topic).toEqual(["basketball"]);
    expect(custom("nba").topic).toEqual([]);
  });
});
