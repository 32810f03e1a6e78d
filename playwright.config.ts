import { defineConfig } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "./e2e/chromium";
import { E2E_DATA_DIR } from "./e2e/paths";

const PORT = Number(process.env.E2E_PORT ?? 3217);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  // The real thing: `npm start` (embedded Meilisearch, sample corpus indexed, production build).
  webServer: {
    command: `rm -rf "${E2E_DATA_DIR}" && npm start`,
    url: `http://localhost:${PORT}/api/search`,
    env: { PORT: String(PORT), PARLEY_DATA_DIR: E2E_DATA_DIR, MEILI_HOST: "", MEILI_MASTER_KEY: "", PARLEY_CORPUS: "" },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
