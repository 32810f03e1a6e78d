import { join } from "node:path";

/** The e2e run's own data folders (gitignored), wiped at each run: they start from nothing. */
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? join(process.cwd(), ".data", "e2e");
export const E2E_WIKIREF_DATA_DIR = join(process.cwd(), ".data", "e2e-wikiref");
export const E2E_DATED_DATA_DIR = join(process.cwd(), ".data", "e2e-dated");

/** WikiRef220: real news clusters, with real near-duplicate reports. */
export const WIKIREF_CORPUS = "../shared/corpus/wikiref220";

/** Reuters stories of late 2017 with their dates: the dates specs' corpus. */
export const DATED_CORPUS = "../shared/corpus-dated/reuters-2017";
