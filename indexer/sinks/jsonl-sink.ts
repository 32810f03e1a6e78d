import { once } from "node:events";
import type { Writable } from "node:stream";
import type { SentenceDoc } from "../../meili/schema";
import type { DocumentSink } from "./document-sink";

const NOTHING_ELSE = { settingsTasks: 0, pruned: 0 };

/** Documents as JSON Lines on a stream, waiting while it is full; `end` closes it at the finish. The dry run. */
export function jsonlSink(out: Writable, { end = true } = {}): DocumentSink {
  return {
    known: async () => new Map(),
    write: async ({ docs }) => {
      for (const doc of docs) if (!out.write(`${JSON.stringify(doc)}\n`)) await once(out, "drain");
    },
    finish: async () => {
      if (end) {
        out.end();
        await once(out, "finish");
      }
      return NOTHING_ELSE;
    },
  };
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
