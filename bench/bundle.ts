import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "../e2e/chromium";

/** The JavaScript the search page loads in Chromium: its bytes, and gzipped as served over a network. */
export async function measureSearchPageJs(appUrl: string): Promise<{ scripts: number; bytes: number; gzippedBytes: number }> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") bodies.push(response.body());
    });
    await page.goto(appUrl, { waitUntil: "networkidle" });
    await page.locator("form[data-hydrated]").waitFor();
    const scripts = await Promise.all(bodies);
    return {
      scripts: scripts.length,
      bytes: scripts.reduce((n, b) => n + b.length, 0),
      gzippedBytes: scripts.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    };
  } finally {
    await browser.close();
  }
}
