import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import type { SearchView } from "../meili/query";
import { atomErrors } from "../scripts/test-support/atom";
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

test("the timeline counts as the API does, as a chart and as a table, and follows the search", async ({ page, request }) => {
  for (const query of ["group=off", "q=tax", "q=tax&group=off&sort=newest"]) {
    const { timeline, total } = await api(request, query);
    expect(timeline!.buckets.reduce((n, b) => n + b.count, 0)).toBeGreaterThanOrEqual(total);
    await openSearch(page, `/?${query}`);
    const figure = page.locator(`figure[data-timeline="${timeline!.granularity}"]`);
    await expect(figure.locator("svg [data-bucket]")).toHaveCount(timeline!.buckets.length);
    await figure.getByRole("button", { name: "Show as table" }).click();
    const rows = figure.locator("table [data-bucket]");
    await expect(rows).toHaveCount(timeline!.buckets.length);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute("data-bucket"), Number(tr.lastElementChild!.textContent!.replace(/,/g, ""))]),
    );
    expect(shown).toEqual(timeline!.buckets.map((b) => [b.key, b.count]));
  }
});

test("clicking a bar or dragging across bars sets the range", async ({ page, request }) => {
  const { timeline } = await api(request, "group=off");
  const buckets = timeline!.buckets;
  const peak = buckets.reduce((best, b) => (b.count > best.count ? b : best));
  await openSearch(page, "/?group=off");
  await page.locator(`svg [data-bucket="${peak.key}"]`).click();
  await expect(page).toHaveURL(new RegExp(`from=${peak.from}&to=${peak.to}`));
  await expect.poll(() => resultCount(page)).toBe(peak.count);
  // Zoomed in, the chart has the range's own bars: drag across the second to the fourth.
  const zoomed = (await api(request, `group=off&from=${peak.from}&to=${peak.to}`)).timeline!.buckets;
  expect(zoomed.length).toBeGreaterThanOrEqual(4);
  const [start, end] = [zoomed[1]!, zoomed[3]!];
  const box = async (key: string) => (await page.locator(`svg [data-bucket="${key}"]`).boundingBox())!;
  await expect(page.locator("svg [data-bucket]")).toHaveCount(zoomed.length);
  const [a, b] = [await box(start.key), await box(end.key)];
  await page.mouse.move(a.x + a.width / 2, a.y + a.height - 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height - 2, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(new RegExp(`from=${start.from}&to=${end.to}`));
  const expected = (await api(request, `group=off&from=${start.from}&to=${end.to}`)).total;
  await expect.poll(() => resultCount(page)).toBe(expected);
});

test("a repeated report says where it was first published, and lists its versions oldest first", async ({ page, request }) => {
  let found: { query: string; hit: SearchView["hits"][number] } | undefined;
  for (let p = 1; p <= 10 && !found; p++) {
    const view = await api(request, `sort=oldest&page=${p}`);
    const hit = view.hits.find((h) => h.claimArticles > 1 && h.first);
    if (hit) found = { query: `sort=oldest&page=${p}`, hit };
  }
  expect(found, "a repeated report among the first pages").toBeDefined();
  const { query, hit } = found!;
  await openSearch(page, `/?${query}`);
  const item = page.locator(`[data-hit="${hit.id}"]`);
  const first = item.locator("[data-first-reported]");
  await expect(first).toContainText(`in ${hit.first!.article}`);
  await expect(first.locator("time")).toHaveAttribute("datetime", hit.first!.date);
  await item.getByRole("button", { name: /^Reported in \d+ articles$/ }).click();
  const versions = item.getByRole("list", { name: "Versions in other articles" }).getByRole("listitem");
  await expect(versions.first()).toContainText(hit.first!.article);
  await expect(versions.first()).toContainText("(first reported)");
  const times = await versions.locator("time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")!));
  expect(times.map((t) => Date.parse(t))).toEqual([...times.map((t) => Date.parse(t))].sort((a, b) => a - b));
});

test("every search has a valid Atom feed of its newest sentences, linked from the page", async ({ page, request }) => {
  const { from } = await aMonth(request);
  const search = `q=tax&from=${from}`;
  await openSearch(page, `/?${search}`);
  const follow = page.getByRole("link", { name: "Follow (Atom)" });
  await expect(follow).toHaveAttribute("href", `/feed?${search}`);
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `/feed?${search}`);
  const response = await request.get(`/feed?${search}`);
  expect(response.headers()["content-type"]).toMatch(/^application\/atom\+xml/);
  const xml = await response.text();
  expect(await atomErrors(xml)).toEqual([]);
  const entries = [...xml.matchAll(/<entry>[\s\S]*?<id>([^<]*)<\/id>[\s\S]*?<updated>([^<]*)<\/updated>/g)];
  expect(entries.length).toBe(50);
  // The first page of the same search, every sentence, newest first: the same sentences in the same order.
  const newest = await api(request, `${search}&group=off&sort=newest`);
  const permalinks = entries.map(([, id]) => new URL(id!).pathname + new URL(id!).hash);
  expect(permalinks.slice(0, newest.hits.length)).toEqual(newest.hits.map((h) => `/articles/${h.articleId}#s${h.position}`));
  const times = entries.map(([, , updated]) => Date.parse(updated!));
  expect(times).toEqual([...times].sort((a, b) => b - a));
  expect(times.at(-1)).toBeGreaterThanOrEqual(Date.parse(`${from}T00:00:00Z`));
  expect((await request.get("/feed?from=yesterday")).status()).toBe(400);
});

test("the outlet is a facet: the Outlet group counts it and ticking it filters", async ({ page, request }) => {
  const view = await api(request, "q=said&group=off");
  const outlets = view.facets.find((f) => f.name === "source")!.values;
  expect(outlets.length).toBeGreaterThan(0);
  await openSearch(page, "/?q=said&group=off");
  const group = page.getByRole("group", { name: "Outlet" });
  const box = group.getByRole("checkbox", { name: outlets[0]!.value });
  await expect(group).toContainText(String(outlets[0]!.count));
  await box.check();
  await expect(page).toHaveURL(new RegExp(`source=${encodeURIComponent(outlets[0]!.value)}`));
  await expect.poll(() => resultCount(page)).toBe(outlets[0]!.count);
});

test("the presets count back from the corpus's latest day", async ({ page, request }) => {
  const { latestDay } = await api(request, "");
  expect(latestDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const weekBefore = new Date(Date.parse(`${latestDay}T00:00:00Z`) - 6 * 86_400_000).toISOString().slice(0, 10);
  await openSearch(page, "/?group=off");
  await dateGroup(page).getByRole("list", { name: "Presets" }).getByRole("link", { name: "Last 7 days" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${weekBefore}&to=${latestDay}`));
  await expect.poll(() => resultCount(page)).toBe((await api(request, `group=off&from=${weekBefore}&to=${latestDay}`)).total);
});

test("with one speaker selected, the Speaker group shows their first and last sentence in the search", async ({ page, request }) => {
  const speaker = (await api(request, "")).facets.find((f) => f.name === "speaker")!.values[0]!.value;
  const search = `speaker=${encodeURIComponent(speaker)}`;
  const { speakerSpan } = await api(request, search);
  expect(speakerSpan?.speaker).toBe(speaker);
  expect(Date.parse(speakerSpan!.first.date!)).toBeLessThanOrEqual(Date.parse(speakerSpan!.last.date!));
  await openSearch(page, `/?${search}`);
  const span = page.getByRole("group", { name: "Speaker" }).locator("[data-speaker-span]");
  await expect(span).toContainText(`${speaker} in this search`);
  await expect(span.getByRole("link", { name: /^first / }).locator("time")).toHaveAttribute("datetime", speakerSpan!.first.date!);
  await expect(span.getByRole("link", { name: /^last / })).toHaveAttribute(
    "href",
    `/articles/${speakerSpan!.last.articleId}#s${speakerSpan!.last.position}`,
  );
  // Two speakers: no single timeline to show.
  const second = (await api(request, "")).facets.find((f) => f.name === "speaker")!.values[1]!.value;
  await openSearch(page, `/?${search}&speaker=${encodeURIComponent(second)}`);
  await expect(page.locator("[data-speaker-span]")).toHaveCount(0);
});

test("the dated page — date group, timeline and its table, a speaker's span — has no serious accessibility violation (axe), light and dark", async ({
  page,
  request,
}) => {
  const speaker = (await api(request, "")).facets.find((f) => f.name === "speaker")!.values[0]!.value;
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await openSearch(page, `/?q=said&speaker=${encodeURIComponent(speaker)}`);
    await page.locator("figure[data-timeline]").getByRole("button", { name: "Show as table" }).click();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      colorScheme,
    ).toEqual([]);
  }
});
