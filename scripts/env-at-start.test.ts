import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dataDir = mkdtempSync(join(tmpdir(), "parley-env-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs one of Parley's programs with `env` added; its exit code and everything it printed. */
function run(script: string, env: Record<string, string>, args: string[] = []) {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    env: { ...process.env, MEILI_HOST: "", MEILI_MASTER_KEY: "", PARLEY_DATA_DIR: dataDir, ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("every program checks its settings before any work", () => {
  it("npm start refuses a bad web-app setting before starting Meilisearch or indexing", () => {
    const { code, output } = run("scripts/start.ts", { PARLEY_RATE_LIMIT: "fast" }, ["../shared/corpus/sample"]);
    expect(code).toBe(1);
    expect(output).toMatch(/parley: Invalid environment:\n {2}PARLEY_RATE_LIMIT: /);
    expect(output).not.toMatch(/Meilisearch:|Indexing/);
  });

  it("npm start and the indexer refuse a bad MEILI_HOST by name, without trying to reach it", () => {
    for (const script of ["scripts/start.ts", "indexer/cli.ts"]) {
      const { code, output } = run(script, { MEILI_HOST: "localhost:7700" }, ["../shared/corpus/sample"]);
      expect(code, script).not.toBe(0);
      expect(output, script).toMatch(/MEILI_HOST: MEILI_HOST must be an http\(s\) URL/);
      expect(output, script).not.toMatch(/Cannot reach/);
    }
  });

  it("the web server refuses a bad PARLEY_TRUSTED_PROXIES or PORT before loading the app", () => {
    const proxies = run("scripts/serve-app.ts", { PARLEY_TRUSTED_PROXIES: "10.0.0.0/8, my-proxy" });
    expect(proxies.code).toBe(1);
    expect(proxies.output).toMatch(/PARLEY_TRUSTED_PROXIES: "my-proxy" is not an IP address/);
    const port = run("scripts/serve-app.ts", { PORT: "99999" });
    expect(port.code).toBe(1);
    expect(port.output).toMatch(/PORT: /);
    expect(port.output).not.toMatch(/listening/);
  });
});
