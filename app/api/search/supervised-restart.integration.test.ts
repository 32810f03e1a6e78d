import { NextRequest } from "next/server";
import { afterAll, describe, expect, it } from "vitest";
import { searchOnlyKey } from "@/meili/engine/connect";
import { readLock } from "@/meili/engine/lock";
import { startEmbeddedMeili, type EngineEvent } from "@/meili/engine/server";
import { readStatus, statusPathFor } from "@/meili/engine/status";
import { runIndexer } from "@/indexer/run";
import { meiliSink } from "@/indexer/sinks/meili-sink";
import { SAMPLE_CORPUS, startTestMeili } from "@/scripts/test-support/meili";

let meili: Awaited<ReturnType<typeof startTestMeili>> | undefined;
afterAll(async () => meili?.stop());

async function until<T>(value: () => T | undefined, what: string, timeoutMs = 30_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 25))) {
    const found = value();
    if (found) return found;
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("the embedded Meilisearch under supervision", () => {
  it("is restarted when it dies, says why in the log and to the page meanwhile, and loses nothing", { timeout: 90_000 }, async () => {
    meili = await startTestMeili();
    await runIndexer({ paths: [SAMPLE_CORPUS], sink: meiliSink({ client: meili.client }) });
    const { dataDir } = meili;
    const port = Number(new URL(meili.server.host).port);
    await meili.server.stop();
    const events: EngineEvent[] = [];
    meili.server = await startEmbeddedMeili({ dataDir, port, supervise: (event) => events.push(event) });
    process.env.MEILI_HOST = meili.server.host;
    process.env.MEILI_SEARCH_KEY = await searchOnlyKey(meili.client);
    process.env.PARLEY_ENGINE_STATUS = statusPathFor(dataDir);
    const { GET } = await import("./route");
    const search = () => GET(new NextRequest("http://localhost/api/search?q=talks"));
    const before = (await (await search()).json()).total as number;
    expect(before).toBeGreaterThan(0);

    const killed = meili.server.pid;
    process.kill(killed, "SIGKILL");
    const status = await until(() => readStatus(statusPathFor(dataDir)), "the restarting status");
    expect(status.reason).toBe("killed by SIGKILL");
    const down = await search();
    expect(down.status).toBe(503);
    expect((await down.json()).error).toMatch(/stopped \(killed by SIGKILL\) and is restarting/);

    await until(() => events.find((e) => e.kind === "restarted"), "the restart");
    expect(events[0]).toMatchObject({ kind: "exited", reason: "killed by SIGKILL", attempt: 1, delayMs: 1000 });
    expect(meili.server.pid).not.toBe(killed);
    expect(readLock(dataDir)?.meiliPid).toBe(meili.server.pid);
    expect(readStatus(statusPathFor(dataDir))).toBeUndefined();
    const back = await search();
    expect(back.status).toBe(200);
    expect((await back.json()).total).toBe(before);

    // Stopping on purpose is not a death: nothing restarts it.
    const last = meili.server.pid;
    await meili.server.stop();
    await new Promise((r) => setTimeout(r, 1500));
    expect(() => process.kill(last, 0)).toThrow();
    expect(events.filter((e) => e.kind === "exited")).toHaveLength(1);
    meili.server = await startEmbeddedMeili({ dataDir, port }); // for afterAll's stop
  });
});
