import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import type { SearchView } from "../meili/query";
import { openSearch, resultCount, searchBox } from "./fixtures";

/**
 * Dates, on the dated corpus (../shared/corpus-dated/reuters-2017): every range and date is read
 * from the API, never written in for this corpus.
 */

const api = async (request: APIRequestContext, query: string): Promise<SearchView> => (await request.get(`/api/search?${query}`)).json();
const hitIds = (page: Page) => page.locator("[data-hit]").evaluateAll((items) => items.map((i) => i.getAttribute("data-hit")));
const dateGroup = (page: Page) => page.getByRole("group", { name: "Date" });

/** A month of the corpus with results, and its first and last day, from the API. */
async function aMonth(request: APIRequestContext) {
  const { months } = await api(request, "group=off");
  expect(months.length).toBeGreaterThan(1);
  const { month } = months[1]!;
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return { month, from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

test("a range in the URL filters the results as the API does, shows as a chip, and the chip removes it", async ({ page, request }) => {
  const { from, to } = await aMonth(request);
  const expected = await api(request, `q=said&group=off&from=${from}&to=${to}`);
  const all = await api(request, "q=said&group=off");
  expect(expected.total).toBeGreaterThan(0);
  expect(expected.total).toBeLessThan(all.total);
  await openSearch(page, `/?q=said&from=${from}&to=${to}&group=off`);
  await expect.poll(() => resultCount(page)).toBe(expected.total);
  expect(await hitIds(page)).toEqual(expected.hits.map((h) => h.id));
  const chip = page.getByRole("button", { name: /^Remove Date: / });
  await expect(chip).toBeVisible();
  await chip.click();
  await expect(page).toHaveURL(/\?q=said&group=off$/);
  await expect.poll(() => resultCount(page)).toBe(all.total);
});

test("the From and To fields and a month's shortcut set the range in the URL", async ({ page, request }) => {
  const { from, to } = await aMonth(request);
  await openSearch(page, "/?group=off");
  const group = dateGroup(page);
  await group.getByLabel("From").fill(from);
  await group.getByLabel("To").fill(to);
  await group.getByRole("button", { name: "Apply dates" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${from}&to=${to}`));
  await expect.poll(() => resultCount(page)).toBe((await api(request, `group=off&from=${from}&to=${to}`)).total);
  // Another month, from its shortcut.
  const { months } = await api(request, "group=off");
  const other = months[0]!.month;
  await group.getByRole("list", { name: "Months" }).getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`from=${other}-01&to=${other}-\\d\\d`));
  await expect.poll(() => resultCount(page)).toBe(months[0]!.count);
});

test("sorting newest or oldest first is in the URL and orders the hits as the API does", async ({ page, request }) => {
  await openSearch(page, "/?q=tax&group=off");
  const sort = page.getByLabel("Sort by");
  for (const [label, value] of [
    ["Newest first", "newest"],
    ["Oldest first", "oldest"],
  ]) {
    await sort.selectOption({ label });
    await expect(page).toHaveURL(new RegExp(`sort=${value}`));
    const expected = (await api(request, `q=tax&group=off&sort=${value}`)).hits.map((h) => h.id);
    await expect.poll(() => hitIds(page)).toEqual(expected);
  }
});

test("without JavaScript the range form submits the search with its dates", async ({ browser, request }) => {
  const { from, to } = await aMonth(request);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/?q=said");
  const group = dateGroup(page);
  await group.getByLabel("From").fill(from);
  await group.getByLabel("To").fill(to);
  await group.getByRole("button", { name: "Apply dates" }).click();
  await expect(page).toHaveURL(new RegExp(`q=said.*from=${from}&to=${to}`));
  await expect(searchBox(page)).toHaveValue("said");
  await expect(page.getByRole("button", { name: /^Remove Date: / })).toBeVisible();
  expect(await resultCount(page)).toBe((await api(request, `q=said&from=${from}&to=${to}`)).total);
  await context.close();
});
