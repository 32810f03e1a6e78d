import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff";

describe("word diff of a repeated report", () => {
  it("marks words added and removed, keeping the rest", () => {
    expect(wordDiff("Groups demand that he leave.", "Groups, however, demand that he leave now.")).toEqual([
      { text: "Groups, ", kind: "same" },
      { text: "however, ", kind: "added" },
      { text: "demand that he leave ", kind: "same" },
      { text: "now.", kind: "added" },
    ]);
    expect(wordDiff("The talks resume in Geneva.", "The talks resume in Vienna.")).toEqual([
      { text: "The talks resume in ", kind: "same" },
      { text: "Vienna.", kind: "added" },
      { text: "Geneva.", kind: "removed" },
    ]);
  });

  it("finds nothing to mark in identical text, whatever the quote style", () => {
    expect(wordDiff("He said “no” to Assad’s plan.", 'He said "no" to Assad\'s plan.')).toEqual([
      { text: 'He said "no" to Assad\'s plan.', kind: "same" },
    ]);
  });

  it("joins the version's text back exactly", () => {
    const version = "A multinational search effort has focused on seas to the south-west.";
    const parts = wordDiff("The search effort focused on the seas to the southwest of Perth.", version);
    expect(
      parts
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe(version);
  });
});
