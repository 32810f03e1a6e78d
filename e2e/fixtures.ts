import { expect, type Locator, type Page } from "@playwright/test";

/** The search box, found as a user would: by role and name. */
export const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Search", exact: true });

/** A facet group by its heading. */
export const facetGroup = (page: Page, name: "Speaker" | "Topic" | "Country" | "Article") => page.getByRole("group", { name });

/** The result count as shown ("1,234 reports" or "12 sentences" → the number). */
export async function resultCount(page: Page): Promise<number> {
  // (The hits come before the counts: a total marked busy is still the last search's.)
  const text = await page.locator("[data-stats]:not([aria-busy])").textContent();
  return Number(text!.split(" ")[0]!.replace(/,/g, ""));
}

/** The noun the count uses: "reports" when repeated reports are grouped, "sentences" otherwise. */
export async function countNoun(page: Page): Promise<string> {
  return (await page.locator("[data-stats]").textContent())!.split(" ")[1]!;
}

/** The label of the first value of a facet group (its value without the count). */
export async function firstValue(group: Locator): Promise<string> {
  const value = await group.getByRole("checkbox").first().getAttribute("value");
  expect(value).toBeTruthy();
  return value!;
}

export const results = (page: Page) => page.getByRole("list", { name: "Results" }).getByRole("listitem");

/** Opens a search URL and waits until the page is hydrated (interactive). */
export async function openSearch(page: Page, path = "/") {
  await page.goto(path);
  await page.locator("form[data-hydrated]").waitFor();
}
