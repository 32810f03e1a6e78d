import { SAY_VERBS, PEOPLE_HEADS } from "../indexer/facets/attribution/lexicon";
console.log(SAY_VERBS.has("say"), [...SAY_VERBS].slice(0, 30), PEOPLE_HEADS.has("firm"));
