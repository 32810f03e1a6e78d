import { describe, expect, it } from "vitest";
import { capitalisedRuns, classifyRun } from "./noun-phrases";

describe("what a capitalised run names", () => {
  it("a country or one of the gazetteer's cities acting as a speaker is an institution, not a person", () => {
    for (const run of [["Moscow"], ["Kandahar"], ["United", "States"], ["Brussels"]]) {
      expect(classifyRun(run), run.join(" ")).toEqual({ kind: "institution", name: run.join(" ") });
    }
  });

  it("a surname that is no place stays a person's", () => {
    expect(classifyRun(["Sergey", "Lavrov"])?.kind).toBe("person");
  });
});

describe("capitalised runs", () => {
  it("leaves out an adverb that opens the sentence, not a first name, place or title word ending in -ly", () => {
    expect(capitalisedRuns("Unfortunately Brightline Systems has not been able to fix it.")).toEqual([["Brightline", "Systems"]]);
    expect(capitalisedRuns("Ultimately Brightline Systems said no.")).toEqual([["Brightline", "Systems"]]);
    expect(capitalisedRuns("Beverly Hills police said.")).toEqual([["Beverly", "Hills"]]);
    expect(capitalisedRuns("Kelly Clarkson sang.")).toEqual([["Kelly", "Clarkson"]]);
    expect(capitalisedRuns("Daily Telegraph reporters said.")).toEqual([["Daily", "Telegraph"]]);
  });
});
