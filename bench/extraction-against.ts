/**
 * Extraction throughput of this checkout against another commit's, measured in one session:
 * the machine's speed varies from day to day far more than the code's (a threefold swing on
 * this shared 2-core machine), so an absolute figure compares days, not code. Each round runs
 * one process per side, alternating, each timing one pass of its own bench/extraction.ts.
 *
 *   npx tsx bench/extraction-against.ts <commit> [rounds]     (default 6 rounds)
 *
 * The other commit is checked out (detached) under the system's temporary folder beside a link
 * to ../shared, as its bench expects, and shares this checkout's node_modules.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, realpathSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { quantile } from "./stats";

const [ref, roundsArg] = process.argv.slice(2);
if (!ref) {
  console.error("usage: npx tsx bench/extraction-against.ts <commit> [rounds]");
  process.exit(2);
}
const rounds = Number(roundsArg ?? 6);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`rounds: expected a whole number ≥ 1, got "${roundsArg}"`);
  process.exit(2);
}

const here = realpathSync(new URL("..", import.meta.url).pathname);
const git = (args: string[], cwd = here) => {
  const run = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${run.stderr.trim()}`);
  return run.stdout.trim();
};
const commit = git(["rev-parse", "--verify", `${ref}^{commit}`]);
const root = join(tmpdir(), `parley-extraction-${commit.slice(0, 12)}`);
const other = join(root, "repo");
if (!existsSync(other)) {
  mkdirSync(root, { recursive: true });
  git(["worktree", "add", "--detach", other, commit]);
  symlinkSync(join(here, "node_modules"), join(other, "node_modules"));
}
if (!existsSync(join(root, "shared"))) symlinkSync(realpathSync(join(here, "..", "shared")), join(root, "shared"));

const PASS = `import("./bench/extraction.ts").then((m) => m.measureExtraction()).then((r) => console.log(JSON.stringify(r)));`;
function pass(cwd: string): number {
  const run = spawnSync("npx", ["tsx", "--eval", PASS], { cwd, encoding: "utf8" });
  const line = run.stdout.trim().split("\n").at(-1) ?? "";
  if (run.status !== 0 || !line.startsWith("{")) throw new Error(`extraction pass in ${cwd} failed: ${run.stderr.slice(-500)}`);
  return (JSON.parse(line) as { sentencesPerSecond: number }).sentencesPerSecond;
}

const theirs: number[] = [];
const ours: number[] = [];
for (let r = 1; r <= rounds; r++) {
  theirs.push(pass(other));
  ours.push(pass(here));
  console.log(`round ${r}: ${commit.slice(0, 7)} ${theirs.at(-1)} · this checkout ${ours.at(-1)} sentences/s`);
}
const ratios = ours.map((o, i) => o / theirs[i]!);
const median = (xs: number[]) => quantile(xs, 0.5);
const fmt = (xs: number[]) => `${Math.min(...xs)}–${Math.max(...xs)} (median ${Math.round(median(xs))})`;
console.log(`${commit.slice(0, 7)}: ${fmt(theirs)} sentences/s`);
console.log(`this checkout: ${fmt(ours)} sentences/s`);
console.log(
  `this checkout ÷ ${commit.slice(0, 7)}, round by round: ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)} (median ${median(ratios).toFixed(2)})`,
);
