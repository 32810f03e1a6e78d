import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { toolEnv, type ToolEnv } from "../lib/env";
import { DEFAULT_RETRY_SECONDS } from "./sinks/meili-sink";

export interface IndexerConfig {
  paths: string[];
  dryRun: boolean;
  /** Where --dry-run writes its documents (stdout when absent). */
  out?: string;
  /** Machine-readable report of what was indexed and rejected. */
  report?: string;
  /** Delete articles of the given roots that are no longer in the input. */
  prune: boolean;
  /** Build fresh indexes and swap them in when complete (searches never see a half-built index). */
  rebuild: boolean;
  taxonomy?: string;
  /** How long to keep retrying while Meilisearch is unreachable. */
  retrySeconds: number;
  env: ToolEnv;
}

export const USAGE = `Usage: npm run index -- [options] [PATH...]

Indexes .txt/.md (first line = title) and .jsonl/.json (title, body|text, id, url, date, source)
files, searching folders recursively. With no PATH, PARLEY_CORPUS is used. What each article
gave is kept in PARLEY_DATA_DIR/build-cache (default .data): an article that did not change is
not analysed again (a dry run always analyses everything).

Options:
  --dry-run          build the documents without sending them to Meilisearch
  --out FILE         with --dry-run: write the documents as JSONL to FILE (default: stdout)
  --report FILE      write a JSON report of indexed and rejected input
  --prune            remove articles of these folders that are no longer in them
  --rebuild          build the whole index anew beside the live one, then swap it in
  --taxonomy FILE    topic taxonomy (JSON) instead of the built-in IPTC one
  --retry-seconds N  keep retrying for N seconds while Meilisearch is unreachable (default ${DEFAULT_RETRY_SECONDS})
  -h, --help         this help`;

export class UsageError extends Error {
  override name = "UsageError";
}

const OPTIONS = {
  "dry-run": { type: "boolean", default: false },
  out: { type: "string" },
  report: { type: "string" },
  prune: { type: "boolean", default: false },
  rebuild: { type: "boolean", default: false },
  taxonomy: { type: "string" },
  "retry-seconds": { type: "string", default: String(DEFAULT_RETRY_SECONDS) },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** Command line + environment → a validated configuration, or a UsageError saying what is wrong. */
export function parseConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): IndexerConfig | "help" {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  const tool = toolEnv(env);
  const paths = positionals.length ? positionals : tool.PARLEY_CORPUS ? [tool.PARLEY_CORPUS] : [];
  if (!paths.length) {
    throw new UsageError(
      `No corpus given: pass a file or folder (npm run index -- ../shared/corpus/sample) or set PARLEY_CORPUS.\n\n${USAGE}`,
    );
  }
  for (const p of paths) if (!existsSync(p)) throw new UsageError(`${p}: no such file or folder`);
  if (values.rebuild && values["dry-run"]) throw new UsageError("--rebuild sends documents: it does not go with --dry-run");
  if (values.out && !values["dry-run"]) throw new UsageError("--out goes with --dry-run (without it, documents go to Meilisearch)");
  const retrySeconds = Number(values["retry-seconds"]);
  if (!Number.isFinite(retrySeconds) || retrySeconds < 0)
    throw new UsageError(`--retry-seconds ${values["retry-seconds"]}: expected a number of seconds`);
  if (values.taxonomy && !existsSync(values.taxonomy)) throw new UsageError(`--taxonomy ${values.taxonomy}: no such file`);
  return {
    paths: paths.map((p) => resolve(p)),
    dryRun: values["dry-run"]!,
    out: values.out,
    report: values.report,
    prune: values.prune!,
    rebuild: values.rebuild!,
    taxonomy: values.taxonomy,
    retrySeconds,
    env: tool,
  };
}
