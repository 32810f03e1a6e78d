import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { open, type RootDatabase } from "lmdb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { corpus, mutate, random } from "../scripts/test-support/claim-corpora";
import { claimTraits } from "./claim-clusterer";
import { CorpusPass, type Observations } from "./corpus-pass";
import { CorpusState } from "./corpus-state";

const NAMES = ["Anna Lee", "Sergei Lavrov", "Sergey Lavrov", "John Smith", "J. Smith", "Lena Ortiz"];

/** Each article's observations: its sentences' claim traits, and a name or two picked by its text. */
function observations(articles: Map<string, string[]>): Map<string, Observations> {
  return new Map(
    [...articles].map(([id, sentences]) => {
      const names = NAMES.filter((_, i) => (sentences.join(" ").length + i) % 3 === 0);
      return [id, { names, claims: claimTraits(sentences) }];
    }),
  );
}

/** A whole corpus pass over these articles. */
function whole(observed: Map<string, Observations>) {
  const pass = new CorpusPass();
  for (const [id, o] of observed) pass.add(id, o);
  return pass;
}

describe("the corpus state", () => {
  let dir: string;
  let root: RootDatabase;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "parley-corpus-state-"));
    root = open({ path: dir, maxDbs: 8 });
  });
  afterEach(async () => {
    await root.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is not written until a whole run writes it", () => {
    expect(CorpusState.open(root).written).toBe(false);
    CorpusState.open(root).rewrite(new CorpusPass().snapshot());
    expect(CorpusState.open(root).written).toBe(true);
  });

  it("a rewrite cut off part way (the bands are written in several transactions) leaves the state not written", () => {
    const articles = corpus(random(7), 20);
    const snapshot = whole(observations(articles)).snapshot();
    CorpusState.open(root).rewrite(snapshot);
    const failing = {
      ...snapshot,
      band: (band: number) => {
        if (band === 3) throw new Error("cut off");
        return snapshot.band(band);
      },
    };
    expect(() => CorpusState.open(root).rewrite(failing)).toThrow("cut off");
    expect(CorpusState.open(root).written).toBe(false);
    CorpusState.open(root).rewrite(snapshot);
    expect(CorpusState.open(root).written).toBe(true);
  });

  it("updated with a run's changes, answers as a whole pass over the new corpus, in two runs running", () => {
    for (let seed = 1; seed <= 6; seed++) {
      const next = random(seed);
      let articles = corpus(next, 40);
      let observed = observations(articles);
      const state = CorpusState.open(root);
      state.rewrite(whole(observed).snapshot());
      for (let run = 0; run < 2; run++) {
        const { after, changed } = mutate(articles, next);
        const now = observations(after);
        const update = state.update(
          [...changed].map((id) => ({ id, before: observed.get(id), after: now.get(id) })),
          (id) => now.get(id),
        )!;
        const expected = whole(now).context();
        for (const name of [...NAMES, "Lavrov", "Smith", "Mr. Smith", "Lee"]) {
          expect(update.canonicalSpeaker(name), `${seed}/${run} ${name}`).toBe(expected.canonicalSpeaker(name));
        }
        // Every sentence of a changed article is in what the update assigned; each assigned as a whole pass does.
        for (const id of changed) {
          for (const position of now.get(id)?.claims.signed ?? []) expect(update.claims.get(id)?.has(position)).toBe(true);
        }
        for (const [id, positions] of update.claims) {
          for (const [position, claim] of positions)
            expect(claim, `${seed}/${run} ${id}-${position}`).toEqual(expected.claimOf(id, position) ?? null);
        }
        [articles, observed] = [after, now];
      }
    }
  });
});
