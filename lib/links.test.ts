import { describe, expect, it } from "vitest";
import { parseSentenceId, sentencePath } from "./links";

describe("sentence links", () => {
  it("point at the sentence on its article page, optionally with the search to go back to", () => {
    expect(sentencePath("3f2a", 4)).toBe("/articles/3f2a#s4");
    expect(sentencePath("3f2a", 4, "q=a b&speaker=X")).toBe("/articles/3f2a?back=q%3Da%20b%26speaker%3DX#s4");
  });

  it("parse sentence ids, refusing anything else", () => {
    expect(parseSentenceId("3f2a-4")).toEqual({ articleId: "3f2a", position: 4 });
    expect(parseSentenceId("a-b-12")).toEqual({ articleId: "a-b", position: 12 });
    expect(parseSentenceId("3f2a")).toBeUndefined();
    expect(parseSentenceId("../x-1")).toBeUndefined();
  });
});
