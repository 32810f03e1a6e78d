import { expect, test } from "@playwright/test";
import { facetGroup, firstValue, openSearch, resultCount, results, searchBox } from "./fixtures";

test("typing shows highlighted hits and puts the query in the URL", async ({ page }) => {
  await openSearch(page);
  const all = await resultCount(page);
  await searchBox(page).pressSequentially("ceasefire", { delay: 40 });
  await expect(page).toHaveURL(/\?q=ceasefire$/);
  await expect(results(page).first().locator("mark").first()).toHaveText(/ceasefire/i);
  expect(await resultCount(page)).toBeLessThan(all);
  // Typing replaced the history entry instead of adding one per key.
  expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
});

test("the home page requests nothing that is missing, and has its icon", async ({ page }) => {
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await openSearch(page);
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toBeTruthy();
  expect((await page.request.get(icon!)).status()).toBe(200);
  expect(failed).toEqual([]);
});

test("ticking a speaker filters, updates the URL and the counts; reload and back restore the state", async ({ page }) => {
  await openSearch(page);
  const before = await resultCount(page);
  const speakers = facetGroup(page, "Speaker");
  const speaker = await firstValue(speakers);
  const box = speakers.getByRole("checkbox", { name: speaker });
  await box.check();
  await expect(page).toHaveURL(new RegExp(`speaker=${encodeURIComponent(speaker).replace(/%20/g, "(%20|\\+)")}`));
  await expect(box).toBeChecked();
  await expect.poll(() => resultCount(page)).toBeLessThan(before);
  const after = await resultCount(page);
  for (const hit of await results(page).all()) await expect(hit).toContainText(speaker);
  await expect(page.getByRole("button", { name: `Remove Speaker: ${speaker}` })).toBeVisible();

  await page.reload();
  await page.locator("form[data-hydrated]").waitFor();
  await expect(facetGroup(page, "Speaker").getByRole("checkbox", { name: speaker })).toBeChecked();
  expect(await resultCount(page)).toBe(after);

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(facetGroup(page, "Speaker").getByRole("checkbox", { name: speaker })).not.toBeChecked();
  await expect.poll(() => resultCount(page)).toBe(before);
});

test("a shared link renders the same results, even without JavaScript", async ({ browser }) => {
  const withJs = await browser.newPage();
  await openSearch(withJs);
  const country = await firstValue(facetGroup(withJs, "Country"));
  const url = `/?q=talks&country=${encodeURIComponent(country)}`;
  await openSearch(withJs, url);
  const count = await resultCount(withJs);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(url);
  await expect(searchBox(noJs)).toHaveValue("talks");
  await expect(facetGroup(noJs, "Country").getByRole("checkbox", { name: country })).toBeChecked();
  expect(await resultCount(noJs)).toBe(count);
  await expect(results(noJs).first().locator("mark").first()).toBeVisible();
  await context.close();
  await withJs.close();
});

test("the article page shows the whole article and scrolls to the linked sentence", async ({ page }) => {
  await openSearch(page, "/?q=said");
  const hits = results(page);
  const last = hits.nth((await hits.count()) - 1);
  const sentence = (await last.locator("p").first().textContent())!;
  await last.getByRole("link").click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f]+\?back=q%3Dsaid#s\d+$/);
  const position = new URL(page.url()).hash;
  const target = page.locator(position);
  await expect(target).toContainText(sentence.slice(0, 40));
  await expect(target).toBeInViewport();
  await target.focus();
  await expect(target.locator("dl")).toBeVisible();
  await page.getByRole("link", { name: "← Back to search" }).click();
  await expect(page).toHaveURL(/\/\?q=said$/);
});

test("an engine outage shows a clear error and recovers by itself", async ({ page }) => {
  await openSearch(page);
  let down = true;
  await page.route("**/api/{search,hits}?**", (route) =>
    down
      ? route.fulfill({
          status: 503,
          contentType: "application/json",
          body: JSON.stringify({ error: "The search engine is unavailable. Retrying shortly." }),
        })
      : route.fallback(),
  );
  await searchBox(page).fill("moscow");
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toContainText("unavailable");
  down = false;
  await expect(page.getByText("The search engine is unavailable")).toBeHidden({ timeout: 10_000 });
  await expect(results(page).first().locator("mark").first()).toHaveText(/moscow/i);
});

test("the API rejects bad parameters with 400 naming them", async ({ request }) => {
  const res = await request.get("/api/search?page=-1");
  expect(res.status()).toBe(400);
  expect(await res.json()).toMatchObject({ parameter: "page" });
});

test("a superseded search is aborted in the browser, and nothing of it replaces the newer results", async ({ page }) => {
  await openSearch(page);
  await page.route("**/api/hits?q=mo", async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    // The page has aborted it meanwhile: there is nothing left to answer.
    await route.fallback().catch(() => {});
  });
  const aborted = page.waitForEvent("requestfailed", (r) => r.url().endsWith("/api/hits?q=mo"));
  await searchBox(page).pressSequentially("moscow", { delay: 60 });
  await expect(page).toHaveURL(/\?q=moscow$/);
  expect((await aborted).failure()?.errorText).toMatch(/ABORTED/);
  await expect(results(page).first().locator("mark").first()).toHaveText(/moscow/i);
  const newest = await results(page).first().textContent();
  // Past the time the "mo" answer would have landed: nothing changed.
  await page.waitForTimeout(1700);
  await expect(results(page).first()).toHaveText(newest!);
  await expect(searchBox(page)).toHaveValue("moscow");
});

test("coming back to a search that was aborted while it loaded shows its results, not an error", async ({ page }) => {
  await openSearch(page);
  await page.route("**/api/hits?q=mos", async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.fallback().catch(() => {});
  });
  // Any error message painted meanwhile, however briefly.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { errorsSeen: string[] }).errorsSeen = seen;
    new MutationObserver(() => {
      for (const alert of document.querySelectorAll("[role=alert]")) if (alert.textContent?.trim()) seen.push(alert.textContent.trim());
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  // "mos" is aborted by "mosc", then the box goes back to "mos" within a second.
  await searchBox(page).pressSequentially("mosc", { delay: 60 });
  await searchBox(page).press("Backspace");
  await expect(page).toHaveURL(/\?q=mos$/);
  await expect(results(page).first().locator("mark").first()).toHaveText(/mos/i);
  expect(await page.evaluate(() => (window as unknown as { errorsSeen: string[] }).errorsSeen)).toEqual([]);
});

test("the hits are painted before the counts, which are marked as updating until they arrive", async ({ page, request }) => {
  await openSearch(page);
  const expected = (await (await request.get("/api/search?q=moscow")).json()) as { total: number };
  let release: () => void = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.route("**/api/search?q=moscow", async (route) => {
    await held;
    await route.fallback().catch(() => {});
  });
  await searchBox(page).fill("moscow");
  // The counts are held back: the hits are on screen all the same, beside counts marked as updating.
  await expect(results(page).first().locator("mark").first()).toHaveText(/moscow/i);
  await expect(page.locator("[data-stats]")).toHaveAttribute("aria-busy", "true");
  await expect(page.locator("[data-stats]")).toContainText("counting…");
  await expect(page.locator("[data-counts-query]")).toHaveAttribute("aria-busy", "true");
  release();
  await expect(page.locator("[data-counts-query]")).toHaveAttribute("data-counts-query", "moscow");
  await expect(page.locator("[data-counts-query]")).not.toHaveAttribute("aria-busy", "true");
  expect(await resultCount(page)).toBe(expected.total);
});

test("the hits API answers one page of hits, and rejects bad parameters naming them", async ({ request }) => {
  const hits = (await (await request.get("/api/hits?q=moscow")).json()) as { hits: { text: string }[]; hasMore: boolean };
  const full = (await (await request.get("/api/search?q=moscow")).json()) as { hits: { text: string }[]; totalPages: number };
  expect(hits.hits.map((h) => h.text)).toEqual(full.hits.map((h) => h.text));
  expect(hits.hasMore).toBe(full.totalPages > 1);
  const bad = await request.get("/api/hits?page=-1");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ parameter: "page" });
});

test("undated input without outlets shows no date control, no timeline, no date order and no Outlet group", async ({ page, request }) => {
  expect((await (await request.get("/api/search")).json()).months).toEqual([]);
  await openSearch(page, "/?q=said");
  await expect(page.locator("[data-stats]:not([aria-busy])")).toBeVisible();
  await expect(page.getByRole("group", { name: "Speaker" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Date" })).toHaveCount(0);
  await expect(page.locator("figure[data-timeline]")).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Outlet" })).toHaveCount(0);
  const orders = await page.getByLabel("Sort by").locator("option").allTextContents();
  expect(orders).toEqual(["Relevance", "Article order"]);
});
