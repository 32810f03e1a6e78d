import { measureExtraction } from "../bench/extraction";
for (let i = 0; i < 3; i++) console.log(JSON.stringify(await measureExtraction()));
