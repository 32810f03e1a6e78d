import { describe, expect, it } from "vitest";
import { articleIdFor, contentHashFor } from "./ids";
import type { RawArticle } from "./read/types";

const article = (over: Partial<RawArticle> = {}): RawArticle => ({ title: "T", body: "B.", root: "news", origin: "a.txt", ...over });

describe("ids", () => {
  it("gives the same input the same article id, safe for Meilisearch and URLs", () => {
    expect(articleIdFor(article())).toBe(articleIdFor(article({ body: "changed" })));
    expect(articleIdFor(article())).toMatch(/^[0-9a-f]{16}$/);
  });

  it("tells apart files of different roots or paths", () => {
    expect(articleIdFor(article())).not.toBe(articleIdFor(article({ root: "other" })));
    expect(articleIdFor(article())).not.toBe(articleIdFor(article({ origin: "b.txt" })));
  });

  it("prefers an explicit id, wherever the record lives", () => {
    expect(articleIdFor(article({ id: "42", origin: "x.jsonl:1" }))).toBe(
      articleIdFor(article({ id: "42", root: "y", origin: "z.jsonl:9" })),
    );
  });

  it("changes the content hash only when the documents or metadata change", () => {
    const base = contentHashFor([{ text: "A." }], { url: "u" });
    expect(contentHashFor([{ text: "A." }], { url: "u" })).toBe(base);
    expect(contentHashFor([{ text: "A!" }], { url: "u" })).not.toBe(base);
    expect(contentHashFor([{ text: "A." }], { url: "v" })).not.toBe(base);
  });
});
