/** Small corpora of near-duplicate reports for the claim tests: chains of edits, variants that differ where they differ. */

/** A small deterministic PRNG (mulberry32): the same corpora on every run. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const REPORTS = [
  // A chain: each step near the next, the ends far apart (a claim reaches beyond direct neighbours).
  "The central bank raised its main interest rate by a quarter point on Thursday to curb inflation.",
  "The central bank raised its main interest rate by a quarter point on Thursday to fight inflation.",
  "The central bank raised its key lending rate by a quarter point on Thursday to fight rising inflation.",
  "The central bank lifted its key lending rate by a quarter point to fight rising prices across the economy.",
  "Officials lifted the key lending rate to fight rising prices across the whole economy this year.",
  "Rescue teams searched the collapsed building through the night for survivors of the earthquake.",
  "The company said it would cut about two thousand jobs as part of a plan to reduce costs.",
  "Officials did not respond to a request for comment on the report published this week.",
  "The minister told reporters that the talks had made real progress but no deal was reached.",
  "Shares of the carmaker fell sharply after it warned that profits would miss forecasts this year.",
];
const FILLER = ["quickly", "again", "northern", "several", "late", "new", "public", "local"];

/** A corpus of articles whose sentences are variants of a few reports, plus unrelated short ones. */
export function corpus(next: () => number, articles: number, prefix = "a"): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (let a = 0; a < articles; a++) out.set(`${prefix}${a}`, article(next));
  return out;
}

/** Variants of a report: two words replaced somewhere, so two variants may be near the report and far from each other. */
export function article(next: () => number): string[] {
  const sentences: string[] = [];
  const n = 2 + Math.floor(next() * 4);
  for (let s = 0; s < n; s++) {
    const words = REPORTS[Math.floor(next() * REPORTS.length)]!.split(" ");
    if (next() < 0.7) {
      const at = Math.floor(next() * (words.length - 1));
      words.splice(at, 2, FILLER[Math.floor(next() * FILLER.length)]!, FILLER[Math.floor(next() * FILLER.length)]!);
    }
    sentences.push(words.join(" "), "He said no more.");
  }
  return sentences;
}

/** The corpus after a run's worth of edits: three articles rewritten, two removed, two added. */
export function mutate(before: Map<string, string[]>, next: () => number): { after: Map<string, string[]>; changed: Set<string> } {
  const after = new Map(before);
  const ids = [...before.keys()];
  const changed = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const id = ids[Math.floor(next() * ids.length)]!;
    after.set(id, article(next));
    changed.add(id);
  }
  for (let i = 0; i < 2; i++) {
    const id = ids[Math.floor(next() * ids.length)]!;
    after.delete(id);
    changed.add(id);
  }
  for (const [id, sentences] of corpus(next, 2, "new")) {
    after.set(id, sentences);
    changed.add(id);
  }
  return { after, changed };
}
