import { defineConfig } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "./e2e/chromium";
import { DATED_CORPUS, E2E_DATA_DIR, E2E_DATED_DATA_DIR, E2E_WIKIREF_DATA_DIR, WIKIREF_CORPUS } from "./e2e/paths";

const PORT = Number(process.env.E2E_PORT ?? 3217);
const WIKIREF_PORT = PORT + 1;
const DATED_PORT = PORT + 2;

/** The real thing: `npm start` (embedded Meilisearch, a corpus indexed, production build). */
const server = (port: number, dataDir: string, startCommand: string) => ({
  command: `rm -rf "${dataDir}" && ${startCommand}`,
  url: `http://localhost:${port}/api/search`,
  env: { PORT: String(port), PARLEY_DATA_DIR: dataDir, MEILI_HOST: "", MEILI_MASTER_KEY: "", PARLEY_CORPUS: "" },
  timeout: 300_000,
  reuseExistingServer: false,
  stdout: "pipe" as const,
  stderr: "pipe" as const,
  gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
});

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    trace: "retain-on-failure",
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    // The sample: every spec but the dates', which need dated input.
    { name: "sample", testIgnore: /dates\.spec\.ts$/, use: { browserName: "chromium", baseURL: `http://localhost:${PORT}` } },
    // WikiRef220 (220 articles, real near-duplicates): the search experience specs, written for any corpus.
    {
      name: "wikiref220",
      testMatch: /experience\.spec\.ts$/,
      use: { browserName: "chromium", baseURL: `http://localhost:${WIKIREF_PORT}` },
    },
    // The dated Reuters stories: dates, ranges, date order.
    { name: "dated", testMatch: /dates\.spec\.ts$/, use: { browserName: "chromium", baseURL: `http://localhost:${DATED_PORT}` } },
  ],
  webServer: [
    server(PORT, E2E_DATA_DIR, "npm start"),
    // Starts once the first server answers, so it finds the app built and does not build it again beside it.
    server(
      WIKIREF_PORT,
      E2E_WIKIREF_DATA_DIR,
      `npx tsx scripts/wait-for-http.ts http://localhost:${PORT}/api/search && npm start -- ${WIKIREF_CORPUS}`,
    ),
    server(
      DATED_PORT,
      E2E_DATED_DATA_DIR,
      `npx tsx scripts/wait-for-http.ts http://localhost:${PORT}/api/search && npm start -- ${DATED_CORPUS}`,
    ),
  ],
});
