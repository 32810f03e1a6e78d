/**
 * Takes the README's screenshots from a running Parley:
 *   npx tsx scripts/screenshots.ts http://localhost:3000
 */
import { chromium } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "../e2e/chromium";

const base = process.argv[2] ?? "http://localhost:3000";
const browser = await chromium.launch(CHROMIUM_LAUNCH);

async function shot(path: string, url: string, viewport: { width: number; height: number }, colorScheme: "light" | "dark" = "light") {
  const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1 });
  await page.goto(`${base}${url}`);
  await page.locator("form[data-hydrated], main").first().waitFor();
  await page.screenshot({ path });
  await page.close();
  console.log(`wrote ${path}`);
}

const api = await (await fetch(`${base}/api/search?q=said`)).json();
const speaker = api.facets[0].values[0].value as string;
const hit = api.hits[0] as { articleId: string; position: number };
await shot("docs/search.png", `/?q=syria&speaker=${encodeURIComponent(speaker)}`, { width: 1280, height: 860 });
await shot("docs/search-phone.png", "/?q=ceasefire", { width: 390, height: 800 }, "dark");
await shot("docs/article.png", `/articles/${hit.articleId}?back=q%3Dsaid#s${hit.position}`, { width: 1024, height: 640 });
await browser.close();
