import { describe, expect, it } from "vitest";
import { classifyRun } from "./noun-phrases";

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
