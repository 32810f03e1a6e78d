import { capitalisedRuns, classifyRun, namedEntitiesIn } from "../indexer/facets/noun-phrases";
for (const s of process.argv.slice(2)) console.log(JSON.stringify(capitalisedRuns(s)), JSON.stringify(capitalisedRuns(s).map(classifyRun)), JSON.stringify(namedEntitiesIn(s)));
