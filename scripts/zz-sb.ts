import { subjectBefore } from "../indexer/facets/attribution/source-phrase";
import { findCues } from "../indexer/facets/attribution/cues";
import { tokenize } from "../indexer/facets/attribution/tokens";
const s = process.argv[2]!;
const tokens = tokenize(s);
console.log(findCues(tokens, false));
console.log(JSON.stringify(subjectBefore(tokens, Number(process.argv[3]))));
