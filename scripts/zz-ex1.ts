import { measureExtraction } from "../bench/extraction";
console.log(JSON.stringify(await measureExtraction()));
