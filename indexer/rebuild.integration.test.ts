import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLAIMS_INDEX, SENTENCES_INDEX } from "../meili/schema";
import { SAMPLE_CORPUS, startTestMeili } from "../scripts/test-support/meili";
import { runIndexer } from "./run";
import { meiliSink } from "./sinks/meili-sink";

const WIKIREF = fileURLToPath(new URL("../../shared/corpus/wikiref220", import.meta.url));
let meili: Awaited<ReturnType<typeof startTestMeili>>;

beforeAll(async () => {
  meili = await startTestMeili();
});
afterAll(async () => meili?.stop());

describe("--rebuild", () => {
  it("swaps a complete index in: searches during the rebuild see the old index or the new one, never a half-built one", {
    timeout: 180_000,
  }, async () => {
    const before = await runIndexer({ paths: [SAMPLE_CORPUS], sink: meiliSink({ client: meili.client }) });
    const index = meili.client.index(SENTENCES_INDEX);
    const claims = meili.client.index(CLAIMS_INDEX);
    const count = async (i: typeof index) => (await i.search("", { limit: 0, page: 1, hitsPerPage: 0 })).totalHits ?? -1;
    const claimsBefore = await count(claims);
    const seen = new Set<number>();
    const seenClaims = new Set<number>();
    let rebuilding = true;
    const watcher = (async () => {
      while (rebuilding) {
        seen.add(await count(index));
        seenClaims.add(await count(claims));
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const after = await runIndexer({
      paths: [SAMPLE_CORPUS, WIKIREF],
      batchSize: 1000,
      sink: meiliSink({ client: meili.client, rebuild: true }),
    });
    rebuilding = false;
    await watcher;
    seen.add(await count(index));
    const claimsAfter = await count(claims);
    seenClaims.add(claimsAfter);
    expect(after.changed).toBe(after.articles);
    expect([...seen].sort((a, b) => a - b)).toEqual([before.sentences, after.sentences]);
    expect(claimsAfter).toBeGreaterThan(claimsBefore);
    expect([...seenClaims].sort((a, b) => a - b)).toEqual([claimsBefore, claimsAfter]);
    const indexes = (await meili.client.getIndexes()).results.map((i) => i.uid).sort();
    expect(indexes).toEqual(["articles", "claims", "facet_values", "sentences"]);
    // The next ordinary run finds everything up to date in the swapped-in index.
    expect(await runIndexer({ paths: [SAMPLE_CORPUS, WIKIREF], sink: meiliSink({ client: meili.client }) })).toMatchObject({ changed: 0 });
  });
});
