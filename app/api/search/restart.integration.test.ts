import { NextRequest } from "next/server";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedMeili } from "@/meili/engine/server";
import { searchOnlyKey } from "@/meili/engine/connect";
import { runIndexer } from "@/indexer/run";
import { meiliSink } from "@/indexer/sinks/meili-sink";
import { SAMPLE_CORPUS, startTestMeili } from "@/scripts/test-support/meili";

let meili: Awaited<ReturnType<typeof startTestMeili>> | undefined;
afterAll(async () => meili?.stop());

describe("Meilisearch restarted while the app serves", () => {
  it("answers 503 during the outage and recovers without restarting the app", async () => {
    meili = await startTestMeili();
    await runIndexer({ paths: [SAMPLE_CORPUS], sink: meiliSink({ client: meili.client }) });
    process.env.MEILI_HOST = meili.server.host;
    process.env.MEILI_SEARCH_KEY = await searchOnlyKey(meili.client);
    const { GET } = await import("./route");
    const search = () => GET(new NextRequest("http://localhost/api/search?q=talks"));

    expect((await search()).status).toBe(200);
    await meili.server.stop();
    const down = await search();
    expect(down.status).toBe(503);
    expect((await down.json()).error).toMatch(/unavailable/);

    meili.server = await startEmbeddedMeili({ dataDir: meili.dataDir, port: Number(new URL(meili.server.host).port) });
    const back = await search();
    expect(back.status).toBe(200);
    expect((await back.json()).total).toBeGreaterThan(0);
  });
});
