import { spawn } from "node:child_process";
import { once } from "node:events";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SENTENCES_INDEX, type SentenceDoc } from "../meili/schema";
import { MAX_SENTENCE_CHARS } from "./segment";
import { startTestMeili } from "../scripts/test-support/meili";
import type { RunSummary } from "./run";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
let meili: Awaited<ReturnType<typeof startTestMeili>>;
let dir: string;
let corpus: string;

const SENTENCE = "The minister said the new budget would fund schools and hospitals across the region.";
const HUGE_LINE = "lorem ipsum dolor sit amet ".repeat(Math.ceil((20 * 1024 * 1024) / 27)).trim();
const LONG_WORDS = Array.from({ length: 20_000 }, (_, i) => `w${i}`)
  .join(" ")
  .slice(0, 100_000);

/** A newsroom's folder of whatever it has: every kind of bad input, and valid articles among them. */
function writeCorpus() {
  mkdirSync(join(corpus, "sub"), { recursive: true });
  writeFileSync(join(corpus, "good.txt"), `Budget passes\n${SENTENCE}\n`);
  writeFileSync(join(corpus, "empty.txt"), "");
  writeFileSync(join(corpus, "blank.txt"), "  \n\t\n   ");
  writeFileSync(join(corpus, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(corpus, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(
    join(corpus, "invalid-utf8.txt"),
    Buffer.concat([Buffer.from("Invalid bytes\nA caf"), Buffer.from([0xc3, 0x28]), Buffer.from(" opened.\n")]),
  );
  writeFileSync(
    join(corpus, "latin1.txt"),
    Buffer.from("Caf\xe9 owners protest\nThe caf\xe9 owners said \x93no\x94 to the tax.\n", "latin1"),
  );
  writeFileSync(join(corpus, "bom.txt"), `\uFEFFBOM title\n${SENTENCE}\n`);
  writeFileSync(join(corpus, "crlf.txt"), `CRLF title\r\nFirst line ends here.\r\nSecond line ends here.\r\n`);
  writeFileSync(join(corpus, "huge-line.txt"), HUGE_LINE);
  writeFileSync(join(corpus, "long-sentence.txt"), `No punctuation\n${LONG_WORDS}\n`);
  writeFileSync(
    join(corpus, "records.jsonl"),
    [
      JSON.stringify({ id: "r1", title: "Record one", body: SENTENCE }),
      "{ this is not json",
      JSON.stringify({ id: "r2", title: "No body" }),
      JSON.stringify({ id: "r1", title: "Same id again", body: "A different text." }),
      JSON.stringify({ id: "r3", title: "Record three", text: "Text instead of body." }),
    ].join("\n"),
  );
  writeFileSync(join(corpus, "locked.txt"), `Locked\n${SENTENCE}\n`);
  chmodSync(join(corpus, "locked.txt"), 0o000);
  symlinkSync(corpus, join(corpus, "sub", "loop"));
  writeFileSync(join(corpus, "notes.pdf"), "%PDF-1.4");
}

/** The indexer CLI, as an unprivileged user when the tests run as root (root reads any file). */
async function runCli(args: string[]) {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? "setpriv" : process.execPath;
  const argv = [
    ...(asRoot ? ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath] : []),
    "--import",
    "tsx",
    "indexer/cli.ts",
    ...args,
  ];
  const child = spawn(command, argv, {
    cwd: ROOT,
    env: { ...process.env, MEILI_HOST: meili.server.host, MEILI_MASTER_KEY: meili.server.masterKey, TMPDIR: dir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const [code] = await once(child, "exit");
  return { code: code as number, stderr };
}

beforeAll(async () => {
  meili = await startTestMeili();
  dir = mkdtempSync(join(tmpdir(), "parley-bad-"));
  chmodSync(dir, 0o777);
  corpus = join(dir, "newsroom");
  writeCorpus();
  chmodSync(corpus, 0o755);
});
afterAll(async () => {
  await meili?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("a folder of bad input", () => {
  let report: RunSummary & { exitCode: number };
  let result: { code: number; stderr: string };

  beforeAll(async () => {
    const reportPath = join(dir, "report.json");
    result = await runCli(["--report", reportPath, corpus]);
    report = JSON.parse(readFileSync(reportPath, "utf8"));
  }, 300_000);

  it("exits 2 and names every rejected file or line with its reason", () => {
    expect(result.code).toBe(2);
    expect(report.exitCode).toBe(2);
    const rejected = report.rejections.map((r) => `${r.path.replace(`${corpus}/`, "")}${r.line ? `:${r.line}` : ""} → ${r.reason}`).sort();
    expect(rejected).toEqual([
      "binary.txt → binary content (not text)",
      "blank.txt → empty file (no title, no text)",
      "empty.txt → empty file (no title, no text)",
      'image.png → unsupported file type ".png" (expected .txt, .md, .jsonl, .json)',
      "locked.txt → permission denied",
      'notes.pdf → unsupported file type ".pdf" (expected .txt, .md, .jsonl, .json)',
      expect.stringMatching(/^records\.jsonl → duplicate article id r1 \(first seen in newsroom\/records\.jsonl:1\)$/),
      expect.stringMatching(/^records\.jsonl:2 → invalid JSON: /),
      'records.jsonl:3 → no "body" or "text" field with text',
      "sub/loop → folder already visited (symbolic link loop?)",
    ]);
    for (const r of report.rejections) expect(result.stderr).toContain(r.path);
  });

  it("decodes legacy encodings instead of dropping them, and says which it assumed", async () => {
    expect(report.notices.map((n) => n.path.replace(`${corpus}/`, "")).sort()).toEqual(["invalid-utf8.txt", "latin1.txt"]);
    expect(report.notices[0]!.message).toMatch(/windows-1252/);
    const { hits } = await meili.client.index<SentenceDoc>(SENTENCES_INDEX).search("owners", { limit: 5 });
    expect(hits.map((h) => h.text)).toContain("The café owners said “no” to the tax.");
  });

  it("strips a BOM, handles CRLF, and splits an overlong sentence without losing text", async () => {
    const index = meili.client.index<SentenceDoc>(SENTENCES_INDEX);
    expect((await index.search("", { filter: 'article = "BOM title"' })).hits).toHaveLength(1);
    const crlf = await index.search("", { filter: 'article = "CRLF title"', sort: ["position:asc"] });
    expect(crlf.hits.map((h) => h.text)).toEqual(["First line ends here.", "Second line ends here."]);
    const long = await index.search("", { filter: 'article = "No punctuation"', sort: ["position:asc"], limit: 1000 });
    expect(long.hits.every((h) => h.text.length <= MAX_SENTENCE_CHARS)).toBe(true);
    expect(long.hits.map((h) => h.text).join(" ")).toBe(LONG_WORDS);
  });

  it("loses nothing: Meilisearch holds exactly the sentences the indexer reports", async () => {
    // good, invalid-utf8, latin1, bom, crlf, huge-line, long-sentence, and records r1, r3.
    expect(report.articles).toBe(9);
    const stats = await meili.client.index(SENTENCES_INDEX).getStats();
    expect(stats.numberOfDocuments).toBe(report.sentences);
    // The 20 MB line became an article of ≈ 10,500 sentences of at most 2,000 characters.
    const { facetDistribution } = await meili.client.index(SENTENCES_INDEX).search("", { facets: ["article"], limit: 0 });
    const huge = Object.entries(facetDistribution!.article!).find(([title]) => title.startsWith("lorem ipsum"));
    expect(huge?.[1]).toBeGreaterThanOrEqual(Math.ceil(HUGE_LINE.length / MAX_SENTENCE_CHARS));
  });
});

describe("exit codes", () => {
  it("is 0 when everything was indexed and 1 when the run failed", async () => {
    const clean = join(dir, "clean");
    mkdirSync(clean);
    writeFileSync(join(clean, "a.txt"), `Title\n${SENTENCE}\n`);
    chmodSync(clean, 0o755);
    expect((await runCli([clean])).code).toBe(0);
    const down = spawn(process.execPath, ["--import", "tsx", "indexer/cli.ts", "--retry-seconds", "0", clean], {
      cwd: ROOT,
      env: { ...process.env, MEILI_HOST: "http://127.0.0.1:9", MEILI_MASTER_KEY: "x".repeat(32) },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    down.stderr.on("data", (d) => (stderr += d));
    const [code] = await once(down, "exit");
    expect(code).toBe(1);
    expect(stderr).toMatch(/Cannot reach Meilisearch at http:\/\/127\.0\.0\.1:9/);
  });
});
