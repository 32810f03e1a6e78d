import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedMeili, type EmbeddedMeili, type EngineEvent } from "./server";

const dataDir = mkdtempSync(join(tmpdir(), "parley-supervise-"));
let meili: EmbeddedMeili | undefined;
afterAll(async () => {
  await meili?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("a supervised server that cannot come back at once", () => {
  it("keeps trying, backing off, and is back as soon as it can be", { timeout: 60_000 }, async () => {
    const events: EngineEvent[] = [];
    meili = await startEmbeddedMeili({ dataDir, supervise: (event) => events.push(event) });
    const port = Number(new URL(meili.host).port);
    // Another program takes the port while the server is down: the restart fails until it goes.
    const squatter = createServer();
    process.kill(meili.pid, "SIGKILL");
    await new Promise<void>((resolve) => {
      const retry = () => squatter.listen(port, "127.0.0.1", resolve);
      squatter.on("error", () => setTimeout(retry, 20));
      retry();
    });
    while (events.filter((e) => e.kind === "exited").length < 2) await new Promise((r) => setTimeout(r, 50));
    squatter.close();
    while (!events.some((e) => e.kind === "restarted")) await new Promise((r) => setTimeout(r, 50));
    const exits = events.filter((e) => e.kind === "exited");
    expect(exits.map((e) => e.delayMs).slice(0, 2)).toEqual([1000, 2000]);
    expect(exits[1]!.reason).toMatch(/exit code/);
    expect((await fetch(`${meili.host}/health`)).ok).toBe(true);
  });
});
