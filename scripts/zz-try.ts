import { readFileSync } from "node:fs";
import { attributeArticle } from "../indexer/facets/attribution/attribute-article";
const arg = process.argv[2]!;
const articles: string[][] = arg.startsWith("[") ? JSON.parse(arg) : JSON.parse(readFileSync(arg, "utf8"));
for (const sentences of articles) {
  const out = attributeArticle(sentences);
  sentences.forEach((s, i) => console.log(JSON.stringify(out[i]!.speaker), out[i]!.speakerKind.join(","), "|", s.slice(0, 120)));
  console.log("--");
}
