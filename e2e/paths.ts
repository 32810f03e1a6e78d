import { join } from "node:path";

/** The e2e run's own data folder (gitignored), wiped at each run: it starts from nothing. */
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? join(process.cwd(), ".data", "e2e");
