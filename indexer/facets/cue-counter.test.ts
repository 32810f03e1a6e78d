import { describe, expect, it } from "vitest";
import { compileCueCounter } from "./cue-counter";

describe("counting cues in a sentence", () => {
  it("counts whole words and phrases, in any case, with any whitespace between a phrase's words", () => {
    const count = compileCueCounter([["truce", "peace talks"], ["art"]]);
    expect(count("A truce, then peace\ntalks, then another TRUCE.")).toEqual([3, 0]);
    expect(count("Smart artists start.")).toEqual([0, 0]);
  });

  it("matches a hyphenated cue as written and starts no cue after a hyphen", () => {
    const count = compileCueCounter([["cease-fire"], ["fire"]]);
    expect(count("The cease-fire held until the fire.")).toEqual([1, 1]);
    expect(count("The cease fire held.")).toEqual([0, 1]);
  });

  it("lets * match letters only, running on over hyphens", () => {
    const count = compileCueCounter([["negotiat*"], ["strike*"]]);
    expect(count("Negotiators negotiated; a negotiation.")).toEqual([3, 0]);
    expect(count("strike-related strikes, strike19")).toEqual([0, 2]);
  });

  it("matches a cue with a capital letter only as written", () => {
    const count = compileCueCounter([["IS", "Wi-Fi"]]);
    expect(count("IS fighters; it is; Wi-Fi and wi-fi")).toEqual([2]);
  });

  it("counts one occurrence where several cues of a list start at one word, not across lists", () => {
    const count = compileCueCounter([["interest rate*", "rate*"], ["rate*"]]);
    expect(count("Interest rates and rates rose.")).toEqual([2, 2]);
  });

  it("matches a cue written with other marks by an expression of its own", () => {
    const count = compileCueCounter([["U.S.", "AT&T"]]);
    expect(count("The U.S. fined AT&T; the US did not.")).toEqual([2]);
  });
});
