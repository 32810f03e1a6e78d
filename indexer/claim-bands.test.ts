import { describe, expect, it } from "vitest";
import { BandIndex, bandEntries, claimComponent, type BandChunks, type BandColumns } from "./claim-bands";
import { ClaimClusterer, assignSentences, claimTraits, type ClaimTraits } from "./claim-clusterer";
import { REPORTS, corpus, mutate, random } from "../scripts/test-support/claim-corpora";

const traitsOf = (articles: Map<string, string[]>) => new Map([...articles].map(([id, s]) => [id, claimTraits(s)]));

function fullAssign(traits: Map<string, ClaimTraits>) {
  const clusterer = new ClaimClusterer();
  for (const [id, t] of traits) clusterer.addTraits(id, t);
  const claims = clusterer.assign();
  return (id: string, position: number) => claims.claimOf(id, position) ?? null;
}

/** Articles' entries in one band, as a whole pass gives them. */
function columns(articles: [number, ClaimTraits][], band: number): BandColumns {
  const entries = articles.flatMap(([article, traits]) =>
    bandEntries(traits)
      .filter((e) => e.band === band)
      .map((e) => ({ ...e, article })),
  );
  return {
    hashes: Uint32Array.from(entries.map((e) => e.hash)),
    articles: Uint32Array.from(entries.map((e) => e.article)),
    positions: Uint32Array.from(entries.map((e) => e.position)),
  };
}

function memoryChunks(): BandChunks & { clear(): void } {
  const chunks = new Map<number, Uint32Array>();
  return {
    get: (key) => chunks.get(key),
    put: (key, triples) => (triples.length ? chunks.set(key, triples) : chunks.delete(key)),
    clear: () => chunks.clear(),
  };
}

describe("the band index", () => {
  it("finds the sentences that share a band hash, and forgets an article's entries when it changes", () => {
    const index = BandIndex.write(memoryChunks(), (band) =>
      columns(
        [
          [0, claimTraits([REPORTS[0]!])],
          [1, claimTraits(["Short.", REPORTS[0]!])],
        ],
        band,
      ),
    );
    const [entry] = bandEntries(claimTraits([REPORTS[0]!]));
    expect(index.lookup(entry!.band, entry!.hash)).toEqual([
      { article: 0, position: 0 },
      { article: 1, position: 1 },
    ]);
    index.update([{ article: 1, removed: bandEntries(claimTraits(["Short.", REPORTS[0]!])), added: [] }]);
    expect(index.lookup(entry!.band, entry!.hash)).toEqual([{ article: 0, position: 0 }]);
  });

  it("a change's component, assigned alone, gives every sentence the claim a whole run gives it", () => {
    for (let seed = 1; seed <= 12; seed++) {
      const next = random(seed);
      const before = corpus(next, 40);
      const { after, changed } = mutate(before, next);

      const [t1, t2] = [traitsOf(before), traitsOf(after)];
      const numbers = new Map([...new Set([...t1.keys(), ...t2.keys()])].map((id, no) => [id, no]));
      const idOf = new Map([...numbers].map(([id, no]) => [no, id]));
      const index = BandIndex.write(memoryChunks(), (band) =>
        columns(
          [...t1].map(([id, traits]) => [numbers.get(id)!, traits]),
          band,
        ),
      );
      const changes = [...changed].map((id) => ({
        article: numbers.get(id)!,
        removed: t1.has(id) ? bandEntries(t1.get(id)!) : [],
        added: t2.has(id) ? bandEntries(t2.get(id)!) : [],
      }));
      index.update(changes);
      const component = claimComponent(
        index,
        changes.flatMap((c) => [...c.removed, ...c.added]),
        (no) => bandEntries(t2.get(idOf.get(no)!)!),
      )!;
      const local = assignSentences(
        new Map([...component].map(([no, positions]) => [idOf.get(no)!, { traits: t2.get(idOf.get(no)!)!, positions }])),
      );
      const [whole1, whole2] = [fullAssign(t1), fullAssign(t2)];
      for (const [id, sentences] of after) {
        for (const position of sentences.keys()) {
          const inComponent = local.get(id)?.get(position);
          // In the component: assigned alone as the whole run assigns it; elsewhere: unchanged.
          if (inComponent !== undefined) expect(inComponent, `${seed} ${id}-${position}`).toEqual(whole2(id, position));
          else {
            expect(changed.has(id) && t2.get(id)!.signed.includes(position), `${seed} ${id}-${position} left out`).toBe(false);
            expect(whole2(id, position), `${seed} ${id}-${position}`).toEqual(whole1(id, position));
          }
        }
      }
    }
  });
});
