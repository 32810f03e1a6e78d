import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      "server-only": fileURLToPath(new URL("./scripts/test-support/server-only.ts", import.meta.url)),
    },
  },
  test: {
    include: ["{app,components,indexer,lib,meili,scripts,bench}/**/*.test.{ts,tsx}", "*.test.ts"],
    // Integration tests start real Meilisearch servers: give them room on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
