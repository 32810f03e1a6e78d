import { once } from "node:events";
import type { Writable } from "node:stream";
import type { SentenceDoc } from "../../meili/schema";
import type { DocumentSink } from "./document-sink";

const NOTHING_ELSE = { settingsTasks: 0, pruned: 0 };

/**
 * Documents as JSON Lines on a stream, waiting while it is full; `end` closes it at the finish.
 * The dry run. With `claims`, the claims index's documents go to that stream.
 */
export function jsonlSink(out: Writable, { end = true, claims }: { end?: boolean; claims?: Writable } = {}): DocumentSink {
  const streams = [out, ...(claims ? [claims] : [])];
  return {
    known: async () => new Map(),
    write: async (batch) => {
      await writeLines(out, batch.docs);
      if (claims) await writeLines(claims, batch.claims);
    },
    finish: async () => {
      if (end) {
        for (const stream of streams) stream.end();
        await Promise.all(streams.map((stream) => once(stream, "finish")));
      }
      return NOTHING_ELSE;
    },
  };
}

async function writeLines(out: Writable, docs: Iterable<object>): Promise<void> {
  for (const doc of docs) if (!out.write(`${JSON.stringify(doc)}\n`)) await once(out, "drain");
}

/** Each document handed to a function, for code that inspects them (tests, the benchmark); nothing is held beforehand. */
export function documentsSink(onDocument: (doc: SentenceDoc) => void): DocumentSink {
  return {
    known: async () => new Map(),
    write: async ({ docs }) => {
      for (const doc of docs) onDocument(doc);
    },
    finish: async () => NOTHING_ELSE,
  };
}
