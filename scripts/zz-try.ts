import { attributeArticle } from "../indexer/facets/attribution/attribute-article";
const arts: string[][] = JSON.parse(process.argv[2]!);
for (const a of arts) {
  const r = attributeArticle(a, new Set([0]));
  a.forEach((s, i) => console.log(JSON.stringify([r[i]!.speaker, r[i]!.speakerKind]), "|", s.slice(0, 90)));
  console.log("--");
}
