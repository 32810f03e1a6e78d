import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestMeili } from "../../scripts/test-support/meili";
import { INDEXING_MEMORY, startEmbeddedMeili } from "./server";
import { searchOnlyKey } from "./connect";

let meili: Awaited<ReturnType<typeof startTestMeili>>;

beforeAll(async () => {
  meili = await startTestMeili();
});
afterAll(async () => meili?.stop());

describe("embedded Meilisearch", () => {
  it("listens on 127.0.0.1 and is healthy", async () => {
    expect(meili.server.host).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await meili.client.isHealthy()).toBe(true);
  });

  it("runs with its indexing memory capped (Meilisearch zeroes all of it for every batch)", () => {
    const args = readFileSync(`/proc/${meili.server.pid}/cmdline`, "utf8").split("\0");
    expect(args[args.indexOf("--max-indexing-memory") + 1]).toBe(INDEXING_MEMORY);
  });

  it("stores a master key readable only by its owner", () => {
    expect(statSync(join(meili.dataDir, "master-key")).mode & 0o777).toBe(0o600);
  });

  it("requires the key: anonymous requests are refused", async () => {
    const res = await fetch(`${meili.server.host}/indexes`);
    expect(res.status).toBe(401);
  });

  it("says plainly when the data folder is in use by another run", async () => {
    await expect(startEmbeddedMeili({ dataDir: meili.dataDir })).rejects.toThrow(/in use by another Parley run/);
  });

  it("hands the app a search-only key that cannot write", async () => {
    const key = await searchOnlyKey(meili.client);
    expect(key).not.toBe(meili.server.masterKey);
    const res = await fetch(`${meili.server.host}/indexes`, {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify({ uid: "x" }),
    });
    expect(res.status).toBe(403);
  });
});

describe("the test helper", () => {
  it("stops the server a test restarted, leaving no process behind", async () => {
    const m = await startTestMeili();
    await m.server.stop();
    m.server = await startEmbeddedMeili({ dataDir: m.dataDir, port: Number(new URL(m.server.host).port) });
    const pid = m.server.pid;
    expect(() => process.kill(pid, 0)).not.toThrow();
    await m.stop();
    expect(() => process.kill(pid, 0)).toThrow();
  });
});
