import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { SentenceDoc } from "../../meili/schema";
import { emptyBatch } from "./document-sink";
import { jsonlSink } from "./jsonl-sink";

const doc = (i: number) => ({ id: `a_${i}`, text: `Sentence ${i} ${"x".repeat(200)}` }) as unknown as SentenceDoc;

describe("the JSON Lines sink", () => {
  it("holds nothing beforehand, writes every document once through a full stream, and closes it", async () => {
    // A tiny buffer read slowly: writes must wait for "drain" rather than pile up or drop lines.
    const out = new PassThrough({ highWaterMark: 64 });
    let text = "";
    out.setEncoding("utf8");
    const reading = (async () => {
      for await (const chunk of out) {
        text += chunk;
        await new Promise((r) => setTimeout(r, 1));
      }
    })();
    const sink = jsonlSink(out);
    expect((await sink.known()).size).toBe(0);
    const docs = Array.from({ length: 50 }, (_, i) => doc(i));
    await sink.write({ ...emptyBatch(), docs: docs.slice(0, 20) });
    await sink.write({ ...emptyBatch(), docs: docs.slice(20) });
    expect(await sink.finish({ paths: [], seenIds: new Set(), repeatedClaims: new Set(), facetValues: new Map() })).toEqual({
      settingsTasks: 0,
      pruned: 0,
    });
    await reading;
    expect(
      text
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line)),
    ).toEqual(docs);
  });
});
