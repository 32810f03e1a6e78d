import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { describe, expect, it } from "vitest";
import { waitForHttp, WaitError } from "./wait-for-http";

describe("waiting for a server to answer", () => {
  it("resolves once the URL answers; a health check waits for a 2xx", async () => {
    let ready = false;
    const server = createServer((_, res) => res.writeHead(ready ? 200 : 503).end()).listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    await waitForHttp(url, { timeoutMs: 2000 }); // a 503 is an answer
    setTimeout(() => (ready = true), 300);
    const started = Date.now();
    await waitForHttp(url, { timeoutMs: 5000, requireOk: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    server.close();
  });

  it("fails when the process exits first, or when the time is up, naming what it waited for", async () => {
    const child = spawn(process.execPath, ["-e", "process.exit(3)"]);
    await expect(waitForHttp("http://127.0.0.1:9/", { child, name: "The thing" })).rejects.toThrow(
      /The thing exited \(code 3\) while starting/,
    );
    await expect(waitForHttp("http://127.0.0.1:9/", { timeoutMs: 300 })).rejects.toBeInstanceOf(WaitError);
  });
});
