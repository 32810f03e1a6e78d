import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A process that logs a line every few milliseconds, its reader gone after the first. */
async function logAfterReaderLeaves(ignore: boolean) {
  const script = `
    ${ignore ? 'const { ignoreClosedStdout } = await import("./lib/closed-pipe.ts"); ignoreClosedStdout();' : ""}
    let n = 0;
    const timer = setInterval(() => { console.log("line " + n++); if (n > 40) { clearInterval(timer); process.exit(0); } }, 5);`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  await once(child.stdout, "data");
  child.stdout.destroy();
  const [code] = await once(child, "exit");
  return { code, stderr };
}

describe("logging to a reader that has gone", () => {
  it("crashes a process on EPIPE unless stdout ignores a closed pipe", async () => {
    const bare = await logAfterReaderLeaves(false);
    expect(bare.code).not.toBe(0);
    expect(bare.stderr).toMatch(/EPIPE/);
    expect(await logAfterReaderLeaves(true)).toEqual({ code: 0, stderr: "" });
  });
});
