import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decode } from "./decode";
import { discover, inputScope, inScope } from "./discover";
import { parseJsonLines, parseTextArticle } from "./formats";
import { readInputFile } from "./read-file";

const file = { path: "/c/a.txt", root: "c", relPath: "a.txt", size: 0, mtimeMs: 0 };

describe("formats", () => {
  it("takes the first non-empty line as the title", () => {
    expect(parseTextArticle("\n\nTitle here\nBody one.\nBody two.", file).articles[0]).toMatchObject({
      title: "Title here",
      body: "Body one.\nBody two.",
      origin: "a.txt",
    });
    expect(parseTextArticle("# Heading\n\nText.", { ...file, path: "/c/a.md" }).articles[0]?.title).toBe("Heading");
  });

  it("rejects empty files and title-only files with a reason", () => {
    expect(parseTextArticle("  \n ", file).rejections[0]?.reason).toMatch(/empty/);
    expect(parseTextArticle("Only a title", file).rejections[0]?.reason).toMatch(/no body/);
  });

  it("keeps valid JSONL records and names the bad lines", () => {
    const text = ['{"title":"A","body":"One."}', "{oops", '{"title":"B"}', '{"text":"Two.","id":7,"url":"u"}'].join("\n");
    const r = parseJsonLines(text, { ...file, path: "/c/a.jsonl", relPath: "a.jsonl" });
    expect(r.articles.map((a) => [a.title, a.id, a.origin])).toEqual([
      ["A", undefined, "a.jsonl:1"],
      ["Two.", "7", "a.jsonl:4"],
    ]);
    expect(r.rejections.map((x) => [x.line, x.reason.split(":")[0]])).toEqual([
      [2, "invalid JSON"],
      [3, 'no "body" or "text" field with text'],
    ]);
  });
});

describe("dates and front matter", () => {
  const md = { ...file, path: "/c/a.md", relPath: "a.md" };

  it("reads date, source and url from YAML front matter, and the title after it", () => {
    const text =
      "---\ndate: 2017-11-03\nsource: The Courier\nurl: https://example.org/a\nauthor: A. Writer\n---\n# Budget talks\n\nThe minister said so.";
    const r = parseTextArticle(text, md);
    expect(r.articles[0]).toMatchObject({
      title: "Budget talks",
      body: "The minister said so.",
      date: "2017-11-03",
      source: "The Courier",
      url: "https://example.org/a",
    });
    expect(r.notices).toEqual([]);
  });

  it("keeps an article whose front matter or date cannot be read, and says why", () => {
    const badDate = parseTextArticle("---\ndate: 3 November\n---\nTitle\nBody.", md);
    expect(badDate.articles[0]).toMatchObject({ title: "Title", body: "Body." });
    expect(badDate.articles[0]).not.toHaveProperty("date");
    expect(badDate.notices[0]).toEqual({
      path: "/c/a.md",
      message: expect.stringMatching(/^"date" rejected: "3 November" is not an ISO 8601 date.*indexed without a date$/),
    });
    const badYaml = parseTextArticle("---\ndate: [2017\n---\nTitle\nBody.", md);
    expect(badYaml.articles[0]?.title).toBe("Title");
    expect(badYaml.notices[0]?.message).toMatch(/^front matter ignored: not valid YAML/);
    const list = parseTextArticle("---\n- a\n- b\n---\nTitle\nBody.", md);
    expect(list.notices[0]?.message).toMatch(/not a mapping/);
    expect(list.articles[0]?.title).toBe("Title");
  });

  it("reads a file without front matter as before, a rule of dashes later in it included", () => {
    expect(parseTextArticle("Title\n---\nBody.", file).articles[0]).toMatchObject({ title: "Title", body: "---\nBody." });
  });

  it("rejects a JSONL record's bad date, not the record, naming its line", () => {
    const text = [
      '{"title":"A","body":"One.","date":"2017-12-31","source":"Reuters"}',
      '{"title":"B","body":"Two.","date":"12/31/2017"}',
      '{"title":"C","body":"Three.","date":20171231}',
    ].join("\n");
    const r = parseJsonLines(text, { ...file, path: "/c/a.jsonl", relPath: "a.jsonl" });
    expect(r.articles.map((a) => [a.title, a.date, a.source])).toEqual([
      ["A", "2017-12-31", "Reuters"],
      ["B", undefined, undefined],
      ["C", undefined, undefined],
    ]);
    expect(r.rejections).toEqual([]);
    expect(r.notices.map((n) => n.message.split(" rejected")[0])).toEqual(['line 2: "date"', 'line 3: "date"']);
  });
});

describe("decoding", () => {
  it("drops a UTF-8 BOM and decodes Windows-1252 instead of dropping it", () => {
    expect(decode(Buffer.from("\uFEFFCafé", "utf8"))).toEqual({ text: "Café", encoding: "utf-8" });
    expect(decode(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]))).toEqual({ text: "Café “q”", encoding: "windows-1252" });
  });

  it("refuses binary content", () => {
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]))).toEqual({ error: "binary content (not text)" });
  });
});

describe("discovery", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "parley-read-"));
    mkdirSync(join(dir, "news/deeper"), { recursive: true });
    writeFileSync(join(dir, "news/a.txt"), "T\nBody.");
    writeFileSync(join(dir, "news/deeper/b.jsonl"), '{"title":"B","body":"x."}');
    writeFileSync(join(dir, "news/c.pdf"), "x");
    writeFileSync(join(dir, "news/.hidden.txt"), "T\nB.");
    symlinkSync(join(dir, "news"), join(dir, "news/deeper/loop"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("walks folders recursively, skips hidden files, reports other types and link loops", () => {
    const { files, rejections } = discover([join(dir, "news")]);
    expect(files.map((f) => [f.root, f.relPath])).toEqual([
      ["news", "a.txt"],
      ["news", "deeper/b.jsonl"],
    ]);
    expect(rejections.map((r) => r.reason)).toEqual([
      expect.stringMatching(/unsupported file type "\.pdf"/),
      expect.stringMatching(/already visited/),
    ]);
  });

  it("reports a file it cannot read", async () => {
    const r = await readInputFile({ path: join(dir, "missing.txt"), root: "x", relPath: "missing.txt", size: 0, mtimeMs: 0 });
    expect(r.rejections[0]?.reason).toBe("no such file or folder");
  });
});

describe("the scope of an input", () => {
  it("is a folder's name, or a single file within its folder's name", () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-scope-"));
    const folder = join(dir, "wires");
    mkdirSync(folder);
    writeFileSync(join(folder, "a.jsonl"), "");
    expect(inputScope(`${folder}/`)).toEqual({ root: "wires" });
    expect(inputScope(join(folder, "a.jsonl"))).toEqual({ root: "wires", file: "a.jsonl" });
    rmSync(dir, { recursive: true, force: true });
  });

  it("holds the articles read from that file only, whatever their line or index", () => {
    const scope = { root: "wires", file: "a.jsonl" };
    expect(["a.jsonl:3", "a.jsonl#0", "a.jsonl"].map((origin) => inScope(scope, { root: "wires", origin }))).toEqual([true, true, true]);
    expect(["b.jsonl:1", "a.jsonl2:1", "sub/a.jsonl:1"].map((origin) => inScope(scope, { root: "wires", origin }))).toEqual([
      false,
      false,
      false,
    ]);
    expect(inScope(scope, { root: "other", origin: "a.jsonl:1" })).toBe(false);
    expect(inScope({ root: "wires" }, { root: "wires", origin: "sub/b.txt" })).toBe(true);
  });
});
