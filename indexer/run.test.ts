import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { SentenceDoc } from "../meili/schema";
import { runIndexer } from "./run";
import { documentsSink } from "./sinks/jsonl-sink";

// Counts how often each input file is read: every step after discovery works on one reading.
const reads = new Map<string, number>();
vi.mock("./read/read-file", async (actual) => {
  const real = await actual<typeof import("./read/read-file")>();
  return {
    readInputFile: (file: { path: string }) => {
      reads.set(file.path, (reads.get(file.path) ?? 0) + 1);
      return real.readInputFile(file as Parameters<typeof real.readInputFile>[0]);
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), "parley-run-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a dry run over mixed input", () => {
  it("keeps every valid article and names each rejection", async () => {
    writeFileSync(join(dir, "a.txt"), "Storm hits coast\nWinds reached 150 km/h. Mayor Ida Novak said schools would close.");
    writeFileSync(
      join(dir, "b.jsonl"),
      [
        JSON.stringify({ id: "x1", title: "One", body: "First body." }),
        "not json",
        JSON.stringify({ id: "x1", title: "Again", body: "Same id." }),
        JSON.stringify({ id: "x2", title: "Two", text: "Second body. It has two sentences." }),
      ].join("\n"),
    );
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    const docs: SentenceDoc[] = [];
    const summary = await runIndexer({ paths: [dir], sink: documentsSink((d) => docs.push(d)) });
    expect(summary.articles).toBe(3);
    expect(Object.fromEntries(reads)).toEqual(Object.fromEntries(["a.txt", "b.jsonl", "empty.txt"].map((f) => [join(dir, f), 1])));
    expect(docs.map((d) => d.text)).toEqual([
      "Winds reached 150 km/h.",
      "Mayor Ida Novak said schools would close.",
      "First body.",
      "Second body.",
      "It has two sentences.",
    ]);
    expect(docs[1]!.speaker).toEqual(["Ida Novak"]);
    const reasons = summary.rejections.map((r) => `${r.path.replace(dir, "")}${r.line ? `:${r.line}` : ""} ${r.reason.split(" (")[0]}`);
    expect(reasons.sort()).toEqual([
      "/b.jsonl duplicate article id x1",
      "/b.jsonl:2 invalid JSON: Unexpected token 'o', \"not json\" is not valid JSON",
      "/empty.txt empty file",
      '/image.png unsupported file type ".png"',
    ]);
  });
});

describe("repeated reports across articles", () => {
  it("give near-duplicate sentences of different articles one claim, counting each article once", async () => {
    const repeated = "Opposition groups demand that the president leave office at the start of the transition.";
    writeFileSync(
      join(dir, "c.jsonl"),
      [
        JSON.stringify({ id: "c1", title: "One", body: `Talks began on Monday. ${repeated}` }),
        JSON.stringify({
          id: "c2",
          title: "Two",
          body: `Opposition groups, however, demand that the president leave office at the start of the transition. Nobody else spoke.`,
        }),
        JSON.stringify({ id: "c2", title: "Two again", body: repeated }),
        JSON.stringify({ id: "c3", title: "Three", body: "The weather was mild across the region for most of the week." }),
      ].join("\n"),
    );
    const docs: SentenceDoc[] = [];
    await runIndexer({ paths: [join(dir, "c.jsonl")], sink: documentsSink((d) => docs.push(d)) });
    const byText = (t: string) => docs.find((d) => d.text.startsWith(t))!;
    const a = byText("Opposition groups demand");
    const b = byText("Opposition groups, however");
    expect(a.claimId).toBe(b.claimId);
    expect(a.claimId).toBe([a.id, b.id].sort()[0]);
    expect(a.claimArticles).toBe(2);
    const alone = byText("The weather");
    expect(alone).toMatchObject({ claimId: alone.id, claimArticles: 1 });
  });
});
