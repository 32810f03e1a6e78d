/**
 * Speaker review (issue 10): indexes wikiref220 and isot-reuters-2017-sample with a dry run and
 * reports (1) how many sentences holding a quotation mark have a speaker, and (2) the 100 most
 * frequent and 100 random distinct speaker values, each with the checks below and the verdict
 * of a human review kept in bench/results/speaker-review-verdicts.json.
 *
 *   npm run review:speakers     → bench/results/speaker-review.md
 *
 * A value is counted as "not a whole name of one entity" when the review says so, or when a
 * check flags it and the review has not cleared it (a verdict that opens with "ok", which may say
 * why). Values the review has not seen and no check
 * flags count as names.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SHARED_CORPUS } from "./corpus";

const CORPORA = ["wikiref220", "isot-reuters-2017-sample"];
const SAMPLE = 100;
const RESULTS = new URL("results/", import.meta.url).pathname;
const VERDICTS = join(RESULTS, "speaker-review-verdicts.json");

interface Doc {
  text: string;
  speaker: string[];
  speakerKind: string[];
}

/** Sentences of one corpus as the indexer builds them (a dry run: no Meilisearch involved). */
function documentsOf(corpus: string): Doc[] {
  const out = join(".data", "review", `${corpus}.jsonl`);
  mkdirSync(join(".data", "review"), { recursive: true });
  const run = spawnSync("npx", ["tsx", "indexer/cli.ts", "--dry-run", "--out", out, join(SHARED_CORPUS, corpus)], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`dry run of ${corpus} failed: ${run.stderr}`);
  return readFileSync(out, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Doc);
}

const QUOTATION_MARK = /[“”"]/;

/** Checks that point at a value that is not one whole name; each says why. */
function checksOf(value: string, all: ReadonlySet<string>): string[] {
  const flags: string[] = [];
  const words = value.split(" ");
  if (/^(?:the|a|an|and|of|in|on|at|for|with|from|to|by|joining|after|before|while|when|as)\b/i.test(value) && /^[A-Z]/.test(value))
    flags.push("opens with a function word");
  if (/\b(?:of|and|for|the|in|on|at|to|by)$/i.test(value)) flags.push("ends with a function word");
  if (/^(?:Mr|Mrs|Ms|Dr|PM|President|Minister|Prime|Secretary|Senator|Sen|Rep|Gov|Governor|General|Chancellor)\.? /.test(value))
    flags.push("keeps a title");
  if (/['’]s\b/.test(value)) flags.push("possessive inside");
  if (/\d/.test(value)) flags.push("has a digit");
  if (words.length === 1 && /^[A-Z]/.test(value)) {
    const longer = [...all].find((v) => v !== value && v.split(" ").length > 1 && (v.endsWith(` ${value}`) || v.startsWith(`${value} `)));
    if (longer) flags.push(`also as "${longer}"`);
  }
  return flags;
}

/** A small seeded generator, so that the random sample is the same on every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function main() {
  const verdicts: Record<string, string> = existsSync(VERDICTS) ? JSON.parse(readFileSync(VERDICTS, "utf8")) : {};
  const lines: string[] = ["# Speaker review", "", "Produced by `npm run review:speakers` (dry runs of the indexer, no server).", ""];
  lines.push(
    "## Sentences with a quotation mark that have a speaker",
    "",
    "| corpus | sentences with a quotation mark | with a speaker | share |",
    "|---|---|---|---|",
  );
  const counts = new Map<string, { n: number; kind: string }>();
  for (const corpus of CORPORA) {
    const docs = documentsOf(corpus);
    const quoted = docs.filter((d) => QUOTATION_MARK.test(d.text));
    const attributed = quoted.filter((d) => d.speaker.length);
    lines.push(`| ${corpus} | ${quoted.length} | ${attributed.length} | ${((100 * attributed.length) / quoted.length).toFixed(1)} % |`);
    for (const d of docs) {
      d.speaker.forEach((s, i) => {
        const c = counts.get(s) ?? { n: 0, kind: d.speakerKind[i] ?? d.speakerKind[0] ?? "" };
        c.n++;
        counts.set(s, c);
      });
    }
  }
  const all = new Set(counts.keys());
  const byFrequency = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
  const top = byFrequency.slice(0, SAMPLE);
  const rest = byFrequency.slice(SAMPLE);
  const random = seeded(10);
  const picked: typeof rest = [];
  while (picked.length < Math.min(SAMPLE, rest.length)) {
    const [entry] = rest.splice(Math.floor(random() * rest.length), 1);
    picked.push(entry!);
  }
  const reviewed = [...top.map((e) => ({ e, from: "top" })), ...picked.map((e) => ({ e, from: "random" }))];
  let bad = 0;
  const rows = reviewed.map(({ e: [value, { n, kind }], from }) => {
    const flags = checksOf(value, all);
    const verdict = verdicts[value];
    const isBad = verdict ? !verdict.startsWith("ok") : flags.length > 0;
    if (isBad) bad++;
    return `| ${from} | ${value.replace(/\|/g, "\\|")} | ${n} | ${kind} | ${flags.join("; ")} | ${verdict ?? (flags.length ? "(not reviewed: flagged)" : "")} | ${isBad ? "✗" : ""} |`;
  });
  lines.push(
    "",
    `## ${reviewed.length} distinct speaker values (of ${counts.size}): the ${top.length} most frequent and ${picked.length} at random`,
    "",
  );
  lines.push(`Not a whole name of one entity: **${bad} of ${reviewed.length} (${((100 * bad) / reviewed.length).toFixed(1)} %)**.`, "");
  lines.push("| sample | value | sentences | kind | checks | review | not a name |", "|---|---|---|---|---|---|---|", ...rows, "");
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, "speaker-review.md"), `${lines.join("\n")}`);
  console.log(lines.slice(0, 12).join("\n"));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
