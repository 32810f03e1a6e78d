import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const meiliPids = (dataDir: string): string[] => {
  try {
    return execFileSync("pgrep", ["-f", "--", `--db-path ${dataDir}/meili`], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean);
  } catch {
    return [];
  }
};

/** A process with no signal handling of its own that starts the embedded server. */
function owner(dataDir: string) {
  const script = `const { startEmbeddedMeili } = await import("./meili/engine/server.ts"); await startEmbeddedMeili({ dataDir: ${JSON.stringify(dataDir)} }); console.log("up"); setInterval(() => {}, 1000);`;
  return spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
}

async function until(condition: () => boolean, timeoutMs = 30_000) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("timed out");
}

describe("the embedded server never outlives its process", () => {
  it("stops with a SIGINT that arrives while the server is still starting", { timeout: 60_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "parley-orphan-"));
    dirs.push(dataDir);
    const child = owner(dataDir);
    await until(() => meiliPids(dataDir).length > 0);
    child.kill("SIGINT");
    const [code] = await once(child, "exit");
    expect(code).toBe(130);
    await until(() => meiliPids(dataDir).length === 0, 10_000);
  });

  it("stops with a SIGTERM once the server is up", { timeout: 60_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "parley-orphan-"));
    dirs.push(dataDir);
    const child = owner(dataDir);
    await new Promise<void>((resolve) => child.stdout!.on("data", (d: Buffer) => d.includes("up") && resolve()));
    expect(meiliPids(dataDir)).toHaveLength(1);
    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    expect(code).toBe(143);
    await until(() => meiliPids(dataDir).length === 0, 10_000);
  });
});
