import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { masterKeyPathFor } from "../meili/server";
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
