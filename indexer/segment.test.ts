import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_CHARS, paragraphs, segment, splitOverlong } from "./segment";

describe("segment", () => {
  it("splits plain sentences on a line", () => {
    expect(segment("The vote passed. Critics objected! Was it fair?")).toEqual(["The vote passed.", "Critics objected!", "Was it fair?"]);
  });

  it("keeps titles, initials and dates inside a sentence", () => {
    expect(segment("Mr. Smith met Dr. Jones on Dec. 15 in St. Louis. John F. Baker was there.")).toEqual([
      "Mr. Smith met Dr. Jones on Dec. 15 in St. Louis.",
      "John F. Baker was there.",
    ]);
  });

  it("treats U.S. as an abbreviation unless a sentence clearly starts after it", () => {
    expect(segment("U.S. officials met. The U.S. has said no.")).toEqual(["U.S. officials met.", "The U.S. has said no."]);
    expect(segment("Troops left the U.S. The mission ended.")).toEqual(["Troops left the U.S.", "The mission ended."]);
    expect(segment("He met the U.S. Secretary of State.")).toEqual(["He met the U.S. Secretary of State."]);
  });

  it("ends a sentence at a date followed by a new sentence", () => {
    expect(segment("They met on Tuesday, Dec. 15, 2015. President Ames left.")).toEqual([
      "They met on Tuesday, Dec. 15, 2015.",
      "President Ames left.",
    ]);
  });

  it("does not split a quote followed by a lower-case attribution", () => {
    expect(segment("“We can find common ground.” he said. Talks went on.")).toEqual([
      "“We can find common ground.” he said.",
      "Talks went on.",
    ]);
    expect(segment('"Is it over?" she asked.')).toEqual(['"Is it over?" she asked.']);
  });

  it("splits after a quote that ends a sentence", () => {
    expect(segment("He said it was “a positive factor.” Others disagreed.")).toEqual([
      "He said it was “a positive factor.”",
      "Others disagreed.",
    ]);
    expect(segment("The aide left. “We will return,” she said.")).toEqual(["The aide left.", "“We will return,” she said."]);
  });

  it("ends a sentence at a full stop inside a closing quote, even after an abbreviation-like word", () => {
    expect(segment("She said: “I would say no.” Tillerson, a former chief, said so.")).toEqual([
      "She said: “I would say no.”",
      "Tillerson, a former chief, said so.",
    ]);
  });

  it("keeps numbers, decimals and e.g. intact", () => {
    expect(segment("Profits rose 2.5% to $1.13bn, e.g. in Asia. Sales fell.")).toEqual([
      "Profits rose 2.5% to $1.13bn, e.g. in Asia.",
      "Sales fell.",
    ]);
  });

  it("treats every paragraph break as a boundary, even without punctuation", () => {
    expect(segment("1947-65: Territorial Picks\nIn the early years, teams struggled.")).toEqual([
      "1947-65: Territorial Picks",
      "In the early years, teams struggled.",
    ]);
  });

  it("joins a hard-wrapped line that continues in lower case", () => {
    expect(paragraphs("The minister said the plan\nwould fail.\r\nNext line.")).toEqual([
      "The minister said the plan would fail.",
      "Next line.",
    ]);
  });

  it("splits an overlong sentence at spaces without losing text", () => {
    const words = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(" ");
    const parts = splitOverlong(words);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= MAX_SENTENCE_CHARS)).toBe(true);
    expect(parts.join(" ")).toBe(words);
    expect(splitOverlong("x".repeat(4500)).join("")).toBe("x".repeat(4500));
  });

  it("starts a sentence at an account's handle after a full stop", () => {
    expect(segment("We have not checked them. @harbourcity : - Ferries run late today!")).toEqual([
      "We have not checked them.",
      "@harbourcity : - Ferries run late today!",
    ]);
  });
});
