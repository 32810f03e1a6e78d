import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { freePort, masterKeyPathFor } from "../meili/engine/server";
import { waitForHttp } from "../lib/wait-for-http";
import { E2E_DATA_DIR } from "./paths";

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test("every page sends the security headers, with no unsafe-eval in production", async ({ request }) => {
  for (const path of ["/", "/api/search?q=x", "/articles/0000000000000000"]) {
    const res = await request.get(path);
    const headers = res.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBeTruthy();
  }
});

test("the master key is nowhere in the client assets nor in any response", async ({ page, request }) => {
  const masterKey = readFileSync(masterKeyPathFor(E2E_DATA_DIR), "utf8").trim();
  expect(masterKey.length).toBeGreaterThanOrEqual(16);
  for (const file of filesUnder(join(process.cwd(), ".next", "static"))) {
    expect(readFileSync(file, "latin1").includes(masterKey), file).toBe(false);
  }
  const bodies: string[] = [];
  page.on("response", async (r) => bodies.push(await r.text().catch(() => "")));
  await page.goto("/?q=talks");
  await page.locator("form[data-hydrated]").waitFor();
  bodies.push(await (await request.get("/api/search?q=talks")).text());
  expect(bodies.length).toBeGreaterThan(1);
  for (const body of bodies) expect(body.includes(masterKey)).toBe(false);
});

/** Parley's own web server on a free port, with Meilisearch unreachable (the limit acts before any search). */
async function webServer(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve-app.ts"], {
    env: { ...process.env, MEILI_HOST: "http://127.0.0.1:9", MEILI_SEARCH_KEY: "", PORT: String(port), ...env },
    stdio: "ignore",
  });
  await waitForHttp(`http://127.0.0.1:${port}/api/search?page=0`, { child });
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill("SIGTERM") };
}

/** Statuses of `count` requests, each with the X-Forwarded-For that `forwardedFor(i)` makes. */
async function statuses(base: string, count: number, forwardedFor: (i: number) => string) {
  const out: number[] = [];
  // page=0 is refused with a 400 before Meilisearch is asked: a cheap request that still counts.
  for (let i = 0; i < count; i++)
    out.push((await fetch(`${base}/api/search?page=0`, { headers: { "X-Forwarded-For": forwardedFor(i) } })).status);
  return out;
}

test("the rate limit keys on the socket's address: a fresh forged X-Forwarded-For per request is still limited", async () => {
  const server = await webServer({ PARLEY_RATE_LIMIT: "20" });
  try {
    const seen = await statuses(server.base, 40, (i) => `203.0.113.${i}`);
    expect(seen.filter((s) => s === 429).length).toBeGreaterThanOrEqual(19); // the wait above took one
  } finally {
    server.stop();
  }
});

test("X-Forwarded-For is believed from a proxy the operator names in PARLEY_TRUSTED_PROXIES", async () => {
  const server = await webServer({ PARLEY_RATE_LIMIT: "20", PARLEY_TRUSTED_PROXIES: "127.0.0.1, ::1" });
  try {
    // Each client the proxy reports has its own budget …
    expect(await statuses(server.base, 30, (i) => `203.0.113.${i}`)).not.toContain(429);
    // … and one client is limited however its requests arrive.
    const one = await statuses(server.base, 30, () => "198.51.100.7");
    expect(one.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
  } finally {
    server.stop();
  }
});
