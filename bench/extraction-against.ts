/**
 * Extraction throughput of this checkout against another commit's, measured in one session:
 * the machine's speed varies from day to day far more than the code's (a threefold swing on
 * this shared 2-core machine), so an absolute figure compares days, not code. Each round runs
 * one process per side, alternating, each timing one pass of its own bench/extraction.ts.
 *
 *   npx tsx bench/extraction-against.ts [commit] [rounds]     (default: EXTRACTION_BASELINE, 6 rounds)
 *
 * The other commit is checked out (detached) under the system's temporary folder beside a link
 * to ../shared, as its bench expects, and shares this checkout's node_modules.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, realpathSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { quantile } from "./stats";

/** The code the extraction target was set on (issue 10: "≥ 10,000 sentences/s, now about 10,500"). */
export const EXTRACTION_BASELINE = { commit: "7f32dea", sentencesPerSecond: 10_500, target: 10_000 };

export interface ExtractionComparison {
  commit: string;
  /** Sentences per second, round by round. */
  theirs: number[];
  ours: number[];
  /** ours ÷ theirs, round by round, and their median. */
  ratios: number[];
  medianRatio: number;
}

const here = realpathSync(new URL("..", import.meta.url).pathname);

function git(args: string[]): string {
  const run = spawnSync("git", args, { cwd: here, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${run.stderr.trim()}`);
  return run.stdout.trim();
}

/** A checkout of `commit` that runs its own bench: beside a link to ../shared, with this node_modules. */
function checkoutOf(commit: string): string {
  const root = join(tmpdir(), `parley-extraction-${commit.slice(0, 12)}`);
  const other = join(root, "repo");
  if (!existsSync(other)) {
    mkdirSync(root, { recursive: true });
    git(["worktree", "add", "--detach", other, commit]);
    symlinkSync(join(here, "node_modules"), join(other, "node_modules"));
  }
  if (!existsSync(join(root, "shared"))) symlinkSync(realpathSync(join(here, "..", "shared")), join(root, "shared"));
  return other;
}

const PASS = `import("./bench/extraction.ts").then((m) => m.measureExtraction()).then((r) => console.log(JSON.stringify(r)));`;

/** One extraction pass of the checkout at `cwd`, in its own process, in sentences per second. */
function pass(cwd: string): number {
  const run = spawnSync("npx", ["tsx", "--eval", PASS], { cwd, encoding: "utf8" });
  const line = run.stdout.trim().split("\n").at(-1) ?? "";
  if (run.status !== 0 || !line.startsWith("{")) throw new Error(`extraction pass in ${cwd} failed: ${run.stderr.slice(-500)}`);
  return (JSON.parse(line) as { sentencesPerSecond: number }).sentencesPerSecond;
}

/** `rounds` rounds, each one pass of `ref`'s code then one of this checkout's. */
export function compareExtraction(ref: string, rounds: number, log: (line: string) => void = () => {}): ExtractionComparison {
  const commit = git(["rev-parse", "--verify", `${ref}^{commit}`]);
  const other = checkoutOf(commit);
  const theirs: number[] = [];
  const ours: number[] = [];
  for (let r = 1; r <= rounds; r++) {
    theirs.push(pass(other));
    ours.push(pass(here));
    log(`round ${r}: ${commit.slice(0, 7)} ${theirs.at(-1)} · this checkout ${ours.at(-1)} sentences/s`);
  }
  const ratios = ours.map((o, i) => +(o / theirs[i]!).toFixed(2));
  return { commit: commit.slice(0, 7), theirs, ours, ratios, medianRatio: quantile(ratios, 0.5) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [ref = EXTRACTION_BASELINE.commit, roundsArg = "6"] = process.argv.slice(2);
  const rounds = Number(roundsArg);
  if (!Number.isInteger(rounds) || rounds < 1) {
    console.error(`rounds: expected a whole number ≥ 1, got "${roundsArg}"`);
    process.exit(2);
  }
  const c = compareExtraction(ref, rounds, console.log);
  const range = (xs: number[]) => `${Math.min(...xs)}–${Math.max(...xs)} (median ${quantile(xs, 0.5)})`;
  console.log(`${c.commit}: ${range(c.theirs)} sentences/s`);
  console.log(`this checkout: ${range(c.ours)} sentences/s`);
  console.log(`this checkout ÷ ${c.commit}, round by round: ${range(c.ratios)}`);
}
