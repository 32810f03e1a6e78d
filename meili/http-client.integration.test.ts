import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestMeili, type TestMeili } from "../scripts/test-support/meili";
import { adminClient } from "./engine/connect";
import { apiErrorOf, isTransient, meiliErrorCode } from "./errors";
import { freePort } from "./engine/server";

let meili: TestMeili;
beforeAll(async () => {
  meili = await startTestMeili();
});
afterAll(() => meili?.stop());

describe("Parley's HTTP client for Meilisearch", () => {
  it("returns Meilisearch's answers", async () => {
    await meili.client.createIndex("things", { primaryKey: "id" }).waitTask();
    await meili.client
      .index("things")
      .addDocuments([{ id: 1, name: "kept alive" }])
      .waitTask();
    const { hits } = await meili.client.index("things").search("kept");
    expect(hits).toEqual([{ id: 1, name: "kept alive" }]);
  });

  it("a refused request is an API error with Meilisearch's code: final, not transient", async () => {
    const error = await meili.client
      .index("missing")
      .search("x")
      .catch((e: unknown) => e);
    expect(apiErrorOf(error)?.response.status).toBe(404);
    expect(meiliErrorCode(error)).toBe("index_not_found");
    expect(isTransient(error)).toBe(false);
  });

  it("a wrong key is refused, and an unreachable server is transient", async () => {
    const wrongKey = await adminClient(meili.server.host, "not-the-key")
      .getIndexes()
      .catch((e: unknown) => e);
    expect(apiErrorOf(wrongKey)?.response.status).toBe(403);
    const down = await adminClient(`http://127.0.0.1:${await freePort()}`, "k")
      .getIndexes()
      .catch((e: unknown) => e);
    expect(apiErrorOf(down)).toBeUndefined();
    expect(isTransient(down)).toBe(true);
  });
});

describe("a signal shared by many requests (task polling)", () => {
  it("keeps no listener on it once the requests are done, and aborts a request when it fires", async () => {
    const { meiliHttp } = await import("./http-client");
    const controller = new AbortController();
    const { EventEmitter } = await import("node:events");
    for (let i = 0; i < 20; i++) await meiliHttp(`${meili.server.host}/health`, { signal: controller.signal });
    expect(EventEmitter.getEventListeners(controller.signal, "abort")).toHaveLength(0);
    controller.abort(new Error("stop"));
    await expect(meiliHttp(`${meili.server.host}/health`, { signal: controller.signal })).rejects.toThrow("stop");
  });
});
