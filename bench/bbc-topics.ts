/**
 * BBC topic check: over ../shared/corpus/bbc, does an article's majority IPTC level-1 topic
 * match the BBC section in its file name? Prints the accuracy and the confusion table.
 *
 *   npx tsx bench/bbc-topics.ts [BBC_DIR] [--json]
 */
import { basename } from "node:path";
import { extractFacets } from "../indexer/facets/extract";
import { compileTaxonomy, loadTaxonomy } from "../indexer/facets/topic";
import { discover } from "../indexer/read/discover";
import { readInputFile } from "../indexer/read/read-file";
import { segment } from "../indexer/segment";

export const SECTION_TOPIC: Record<string, string> = {
  business: "economy, business and finance",
  entertainment: "arts, culture, entertainment and media",
  politics: "politics",
  sport: "sport",
  tech: "science and technology",
};

const dir = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? new URL("../../shared/corpus/bbc", import.meta.url).pathname;
const classify = compileTaxonomy(loadTaxonomy());
const confusion = new Map<string, Map<string, number>>();
let right = 0;
let total = 0;
for (const file of discover([dir]).files) {
  const section = basename(file.path).split("-")[0]!;
  const expected = SECTION_TOPIC[section];
  if (!expected) continue;
  for (const article of (await readInputFile(file)).articles) {
    const votes = new Map<string, number>();
    for (const f of extractFacets(segment(article.body), classify)) {
      for (const t of f.topic_lvl0) votes.set(t, (votes.get(t) ?? 0) + 1);
    }
    const majority = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "(none)";
    const row = confusion.get(section) ?? new Map<string, number>();
    row.set(majority, (row.get(majority) ?? 0) + 1);
    confusion.set(section, row);
    total++;
    if (majority === expected) right++;
  }
}
const columns = [...new Set([...confusion.values()].flatMap((r) => [...r.keys()]))].sort();
if (process.argv.includes("--json")) {
  console.log(
    JSON.stringify({
      accuracy: right / total,
      total,
      confusion: Object.fromEntries([...confusion].map(([k, v]) => [k, Object.fromEntries(v)])),
    }),
  );
} else {
  console.log(`BBC section = majority IPTC level-1 topic: ${right}/${total} = ${((100 * right) / total).toFixed(1)} %\n`);
  console.log(`| section \\ majority topic | ${columns.join(" | ")} |`);
  console.log(`|---|${columns.map(() => "---:").join("|")}|`);
  for (const [section, row] of [...confusion].sort()) console.log(`| ${section} | ${columns.map((c) => row.get(c) ?? 0).join(" | ")} |`);
}
