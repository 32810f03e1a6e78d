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

describe("names cut where another begins", () => {
  it("drops a joiner left at the end once a day is gone, and stops at 'and The'", () => {
    expect(classifyRun(["Treasury", "Department", "on", "Thursday"])).toEqual({ kind: "institution", name: "Treasury Department" });
    expect(classifyRun(["Lagos", "Herald", "and", "The", "Accra", "Times"])?.name).toBe("Lagos Herald");
  });

  it("starts no run after a hyphen or at a gerund that opens the sentence, but keeps a place", () => {
    expect(capitalisedRuns("Aid to sub-Saharan Africa rose.")).toEqual([]);
    expect(capitalisedRuns("Holding Dana Whitfield accountable is the goal.")).toEqual([["Dana", "Whitfield"]]);
    expect(capitalisedRuns("Downing Street said so.")).toEqual([["Downing", "Street"]]);
  });
});

describe("institutions and the people who work at them", () => {
  it("keeps an institution of a place whole, and a person's name before where they work", () => {
    expect(classifyRun(["Bank", "of", "America"])).toEqual({ kind: "institution", name: "Bank of America" });
    expect(classifyRun(["Senator", "Charles", "Schumer", "of", "New", "York"])).toEqual({ kind: "person", name: "Charles Schumer" });
    expect(classifyRun(["Orin", "Middleton", "of", "Barclays", "Capital"])).toEqual({ kind: "person", name: "Orin Middleton" });
  });

  it("reads reserves, airlines and motor makers as institutions", () => {
    expect(classifyRun(["Federal", "Reserve"])?.kind).toBe("institution");
    expect(classifyRun(["Malaysia", "Airlines"])?.kind).toBe("institution");
    expect(classifyRun(["Delmar", "Motors"])?.kind).toBe("institution");
  });
});

describe("letters joined by '&'", () => {
  it("keeps them one word of a name", () => {
    expect(capitalisedRuns("Tax preparer H&R Block Inc said it would cut jobs.")).toEqual([["H&R", "Block", "Inc"]]);
  });
});
