import { describe, expect, it } from "vitest";
import { EXPORT_COLUMNS, toCsv, toExportRow } from "./format";

describe("export formats", () => {
  it("quotes CSV cells with commas, quotes and line breaks, and neutralises formulas", () => {
    const csv = toCsv(
      [
        { a: 'say "hi", then', b: '=HYPERLINK("x")', c: "line\nbreak" },
        { a: "-5", b: "plain", c: 3 },
      ],
      ["a", "b", "c"],
    );
    expect(csv).toBe('a,b,c\r\n"say ""hi"", then","\'=HYPERLINK(""x"")","line\nbreak"\r\n"\'-5",plain,3\r\n');
  });

  it("gives each row a stable absolute link to its sentence", () => {
    const row = toExportRow(
      {
        id: "ab-3",
        articleId: "ab",
        article: "T",
        position: 3,
        text: "x",
        speaker: ["A", "B"],
        speakerKind: ["person", "organisation"],
        country: [],
        topic: ["politics"],
        claimId: "aa-1",
        claimArticles: 2,
      },
      "https://parley.example",
    );
    expect(row).toMatchObject({
      link: "https://parley.example/articles/ab#s3",
      speaker: "A; B",
      speakerKind: "person; organisation",
      reportedIn: 2,
      source: "",
    });
    expect(Object.keys(row)).toEqual(EXPORT_COLUMNS);
  });
});
