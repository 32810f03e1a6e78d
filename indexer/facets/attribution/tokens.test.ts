import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens";

const tags = (sentence: string) => tokenize(sentence).map((t) => `${t.text}/${t.pos}`);

describe("tokenize", () => {
  it("splits the possessive clitic off a name", () => {
    expect(tags("Ndiaye's plan failed.")).toEqual(["Ndiaye/PROPN", "'s/PART", "plan/NOUN", "failed/VERB", "./PUNCT"]);
  });

  it("tags a sentence the same whatever was read before it", () => {
    const sentence = "The party's leader said 264 members left.";
    const before = tags(sentence);
    // Each of these once taught wink-nlp's word cache a different split or tag.
    for (const earlier of ["Our party's.", "WMV / H. 264 player"]) tokenize(earlier);
    expect(tags(sentence)).toEqual(before);
  });
});
