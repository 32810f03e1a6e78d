import { isPlaceName } from "../indexer/facets/country";
for (const w of process.argv.slice(2)) console.log(w, isPlaceName(w));
