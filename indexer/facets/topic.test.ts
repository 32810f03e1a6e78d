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

describe("article context", () => {
  it("gives a short sentence without cues the topics both neighbours share", async () => {
    const { extractFacets } = await import("./extract");
    const facets = extractFacets(
      ["Rebels shelled the town overnight.", "Nobody expected it.", "Artillery fire and air strikes went on.", "Markets were calm."],
      classify,
    );
    expect(facets[0]!.topic).toContain("armed conflict");
    expect(facets[2]!.topic).toContain("armed conflict");
    expect(facets[1]!.topic).toEqual(["armed conflict"]);
    expect(facets[1]!.topic_lvl1).toEqual(["conflict, war and peace > armed conflict"]);
    // A longer sentence is judged on its own.
    const long = extractFacets(
      ["Rebels shelled the town.", "Nobody in the town had expected anything like it that night.", "Rebels fired again."],
      classify,
    );
    expect(long[1]!.topic).toEqual([]);
  });

  it("names the file and the fault when a taxonomy cannot be used", () => {
    expect(() => loadTaxonomy("/nonexistent/taxonomy.json")).toThrow(/--taxonomy \/nonexistent\/taxonomy.json/);
  });
});
