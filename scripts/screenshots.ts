/**
 * Takes the README's screenshots from a running Parley, and the timeline's from one over dated
 * input (`npm start -- ../shared/corpus-dated/reuters-2017` on another PORT), if given:
 *   npx tsx scripts/screenshots.ts http://localhost:3000 [http://localhost:3001]
 * The searches shown are read from the API (a repeated report, a speaker), not written in.
 */
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "../e2e/chromium";
import type { SearchView } from "../meili/query";

const base = process.argv[2] ?? "http://localhost:3000";
const dated = process.argv[3];
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const api = async (query: string): Promise<SearchView> => (await fetch(`${base}/api/search?${query}`)).json() as Promise<SearchView>;

async function shot(
  path: string,
  url: string,
  viewport: { width: number; height: number },
  colorScheme: "light" | "dark" = "light",
  act?: (page: Page) => Promise<void>,
) {
  const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1 });
  await page.goto(url.startsWith("http") ? url : `${base}${url}`);
  await page.locator("form[data-hydrated], main").first().waitFor();
  await act?.(page);
  await page.screenshot({ path });
  await page.close();
  console.log(`wrote ${path}`);
}

// A word of a repeated report: the desktop shot opens its versions.
const repeated = (await api("")).hits.find((h) => h.claimArticles > 1) ?? (await api("page=2")).hits.find((h) => h.claimArticles > 1);
const word =
  repeated?.text
    .split(/\s+/)
    .find((w) => /^[A-Za-z]{7,}$/.test(w))
    ?.toLowerCase() ?? "said";
const said = await api("q=said");
const hit = said.hits[0]!;
await shot("docs/search.png", `/?q=${word}`, { width: 1280, height: 900 }, "light", async (page) => {
  const topic = page.getByRole("button", { name: /^Expand / }).first();
  if (await topic.count()) await topic.click();
  const reported = page.getByRole("button", { name: /^Reported in \d+ articles$/ }).first();
  if (await reported.count()) {
    await reported.click();
    await page.getByRole("list", { name: "Versions in other articles" }).first().waitFor();
  }
});
await shot("docs/search-phone.png", `/?q=${word}&group=off`, { width: 390, height: 800 }, "dark");
await shot("docs/article.png", `/articles/${hit.articleId}?back=q%3Dsaid#s${hit.position}`, { width: 1024, height: 640 });
if (dated) {
  await shot("docs/timeline.png", `${dated}/?q=tax`, { width: 1280, height: 720 }, "light", async (page) => {
    await page.locator("figure[data-timeline]").waitFor();
  });
}
await browser.close();
