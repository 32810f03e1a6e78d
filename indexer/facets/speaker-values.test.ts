import { describe, expect, it } from "vitest";
import { finalSpeaker } from "./speaker-values";

describe("final speaker values", () => {
  it("makes a one-word acronym an organisation", () => {
    expect(finalSpeaker("CBO", "person")).toEqual({ value: "CBO", kind: "organisation" });
    expect(finalSpeaker("AT&T", "person")).toEqual({ value: "AT&T", kind: "organisation" });
  });

  it("makes the plural of an English noun a group of people, in lower case", () => {
    expect(finalSpeaker("Lobbyists", "person")).toEqual({ value: "lobbyists", kind: "source" });
    expect(finalSpeaker("Gunmen", "person")).toEqual({ value: "gunmen", kind: "source" });
  });

  it("keeps other plurals, which may be surnames", () => {
    expect(finalSpeaker("Sears", "person")).toEqual({ value: "Sears", kind: "person" });
  });

  it("keeps names, full or not, and values of other kinds", () => {
    expect(finalSpeaker("Lavrov", "person")).toEqual({ value: "Lavrov", kind: "person" });
    expect(finalSpeaker("Jones", "person")).toEqual({ value: "Jones", kind: "person" });
    expect(finalSpeaker("Anna Walters", "person")).toEqual({ value: "Anna Walters", kind: "person" });
    expect(finalSpeaker("Refiners Group", "organisation")).toEqual({ value: "Refiners Group", kind: "organisation" });
    expect(finalSpeaker("Pa", "person")).toEqual({ value: "Pa", kind: "person" });
  });

  it("names a country acting as a speaker by its name rather than an abbreviation, and keeps other places as written", () => {
    expect(finalSpeaker("U.S.", "place")).toEqual({ value: "United States", kind: "place" });
    expect(finalSpeaker("UK", "place")).toEqual({ value: "United Kingdom", kind: "place" });
    expect(finalSpeaker("England", "place")).toEqual({ value: "England", kind: "place" });
    expect(finalSpeaker("Moscow", "place")).toEqual({ value: "Moscow", kind: "place" });
    expect(finalSpeaker("Kremlin", "place")).toEqual({ value: "Kremlin", kind: "place" });
  });
});
