import { namedEntitiesIn } from "../indexer/facets/noun-phrases";
for (const s of process.argv.slice(2)) console.log(JSON.stringify(namedEntitiesIn(s)));
