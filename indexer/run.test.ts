import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { SentenceDoc } from "../meili/schema";
import { BuildCache } from "./build-cache";
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

describe("runs with a build cache", () => {
  it("read and extract only what changed, and give the documents of a fresh run", async () => {
    const input = join(dir, "cached");
    mkdirSync(input);
    const repeated = "The central bank will keep its key interest rate unchanged until the end of next year.";
    writeFileSync(join(input, "x.txt"), "Markets calm\nShares rose on Monday. Traders were cautious.");
    const y = [
      { id: "y1", title: "Bank holds", body: `Governor Lena Ortiz spoke in Madrid. ${repeated}` },
      { id: "y2", title: "Rates", body: `${repeated} Savers were disappointed.` },
    ];
    writeFileSync(join(input, "y.jsonl"), y.map((a) => JSON.stringify(a)).join("\n"));
    writeFileSync(join(input, "z.txt"), "Storm passes\nThe storm left the coast overnight. Nobody was hurt.");
    // Written a minute ago: a file changed within the last seconds is always read again.
    const settle = (name: string) => utimesSync(join(input, name), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    for (const name of ["x.txt", "y.jsonl", "z.txt"]) settle(name);
    const cache = BuildCache.open(join(dir, "build-cache"));
    const run = async (cached: boolean) => {
      const docs: SentenceDoc[] = [];
      reads.clear();
      const summary = await runIndexer({ paths: [input], sink: documentsSink((d) => docs.push(d)), cache: cached ? cache : undefined });
      return { docs, summary, read: [...reads.keys()].map((p) => p.replace(`${input}/`, "")).sort() };
    };
    try {
      const first = await run(true);
      expect(first.summary.extracted).toBe(4);
      const second = await run(true);
      expect(second).toMatchObject({ read: [], summary: { extracted: 0 } });
      expect(second.docs).toEqual(first.docs);
      // x now repeats y's claim: x is read and built, y's two articles built again (their claim is
      // reported three times now: y is read once for both), z neither.
      writeFileSync(join(input, "x.txt"), `Markets calm\nShares rose on Monday. ${repeated}`);
      settle("x.txt");
      const third = await run(true);
      expect(third).toMatchObject({ read: ["x.txt", "y.jsonl"], summary: { extracted: 3 } });
      expect(reads.get(join(input, "y.jsonl"))).toBe(1);
      expect(third.docs.find((d) => d.text === repeated && d.articleId === third.docs[0]!.articleId)?.claimArticles).toBe(3);
      expect(third.docs).toEqual((await run(false)).docs);
    } finally {
      await cache.close();
    }
  });
});
