import { tokenize } from "../indexer/facets/attribution/tokens";
console.log(tokenize(process.argv[2]!).map((t) => `${t.text}/${t.lemma}`).join(" "));
