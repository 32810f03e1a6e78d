import type { RunSummary } from "./run";

/**
 * What an index run prints: a line per notice and per rejection (path, line, reason), then one
 * summary line. Used by `npm run index` and `npm start`.
 */
export function summaryLines(s: RunSummary, dryRun?: { out?: string }): string[] {
  const work = dryRun
    ? `wrote ${s.sentences} sentences${dryRun.out ? ` to ${dryRun.out}` : ""}`
    : `${s.changed} new or changed, ${s.unchanged} unchanged${s.pruned ? `, ${s.pruned} removed` : ""}; ` +
      `${s.extracted} analysed; sent ${s.sentSentences} sentences`;
  return [
    ...s.notices.map((n) => `  note: ${n.path}: ${n.message}`),
    ...s.rejections.map((r) => `  skipped: ${r.path}${r.line ? `:${r.line}` : ""}: ${r.reason}`),
    `Done: ${s.articles} articles, ${s.sentences} sentences (${work}); ` +
      `${s.rejections.length} skipped${s.rejections.length ? " (see above)" : ""}; ${s.seconds.toFixed(1)}s`,
  ];
}
