import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import type { HitView, SearchView } from "../meili/query";
import { countNoun, facetGroup, openSearch, resultCount, results, searchBox } from "./fixtures";

/**
 * The search experience, run on the sample and on WikiRef220: every value a test uses is read
 * from the API or the page, never written in for one corpus.
 */

const api = async (request: APIRequestContext, query: string): Promise<SearchView> => (await request.get(`/api/search?${query}`)).json();
const hitItem = (page: Page, id: string) => page.locator(`[data-hit="${id}"]`);
const checkbox = (page: Page, value: string) => page.locator(`input[type="checkbox"][value=${JSON.stringify(value)}]`);

/** The first page (of up to `pages`) of a search with a hit that passes `wanted`. */
async function findHit(request: APIRequestContext, query: string, wanted: (hit: HitView) => boolean, pages = 10) {
  for (let page = 1; page <= pages; page++) {
    const view = await api(request, `${query}${query ? "&" : ""}page=${page}`);
    const hit = view.hits.find(wanted);
    if (hit) return { hit, page };
    if (page >= view.totalPages) break;
  }
  throw new Error(`no hit for ${query} passes the condition`);
}

/** A word that many sentences of any English corpus contain. */
const COMMON = "the";

test.describe("match the best", () => {
  test("facet value search finds a later word of a value, with the panel's count, and ticks it", async ({ page, request }) => {
    const view = await api(request, "");
    const speaker = view.facets.find((f) => f.name === "speaker")!.values.find((v) => v.value.includes(" "))!;
    await openSearch(page);
    const group = facetGroup(page, "Speaker");
    const lastWord = speaker.value.split(" ").pop()!;
    await group.getByRole("searchbox", { name: "Search Speaker values" }).fill(lastWord.slice(0, 4));
    const box = checkbox(page, speaker.value);
    await expect(box).toBeVisible();
    await expect(group.locator("label", { has: box })).toContainText(String(speaker.count));
    await box.check();
    await expect(page).toHaveURL(/speaker=/);
    expect(new URL(page.url()).searchParams.getAll("speaker")).toEqual([speaker.value]);
    await expect.poll(() => resultCount(page)).toBe(speaker.count);
  });

  test("people only: the switch keeps the sentences a person said and lists only people; its chip turns it off", async ({
    page,
    request,
  }) => {
    const all = await api(request, "group=off");
    const people = await api(request, "group=off&people=only");
    expect(people.total).toBeGreaterThan(0);
    expect(people.total).toBeLessThan(all.total);
    const listed = new Set(people.facets.find((f) => f.name === "speaker")!.values.map((v) => v.value));
    const notPerson = all.facets.find((f) => f.name === "speaker")!.values.find((v) => !listed.has(v.value));
    expect(notPerson, "a speaker that is not a person").toBeTruthy();
    await openSearch(page, "/?group=off");
    const group = facetGroup(page, "Speaker");
    await expect(checkbox(page, notPerson!.value)).toBeVisible();
    await group.getByRole("switch", { name: "People only" }).check();
    await expect(page).toHaveURL(/people=only/);
    await expect.poll(() => resultCount(page)).toBe(people.total);
    await expect(checkbox(page, notPerson!.value)).toHaveCount(0);
    await page.getByRole("button", { name: "Remove People only" }).click();
    await expect(page).not.toHaveURL(/people=/);
    await expect.poll(() => resultCount(page)).toBe(all.total);
    await expect(group.getByRole("switch", { name: "People only" })).not.toBeChecked();
  });

  test("a long group shows 10 values, then more and fewer on request", async ({ page, request }) => {
    const view = await api(request, "group=off");
    const long = view.facets.find((f) => f.name !== "topic" && f.values.length > 10)!;
    expect(long, "a group with more than 10 values").toBeTruthy();
    await openSearch(page, "/?group=off");
    const group = facetGroup(page, long.label as "Speaker");
    await expect(group.getByRole("checkbox")).toHaveCount(10);
    await group.getByRole("button", { name: /Show more/ }).click();
    await expect(group.getByRole("checkbox")).toHaveCount(long.values.length);
    await group.getByRole("button", { name: "Show less" }).click();
    await expect(group.getByRole("checkbox")).toHaveCount(10);
  });

  test("topics form a tree with counts at both levels; a level-2 topic filters", async ({ page, request }) => {
    const view = await api(request, "group=off");
    const top = view.facets.find((f) => f.name === "topic")!.values.find((v) => v.children?.length)!;
    const child = top.children![0]!;
    await openSearch(page, "/?group=off");
    const tree = facetGroup(page, "Topic");
    await expect(tree.locator("label", { has: checkbox(page, top.value) })).toContainText(String(top.count));
    await expect(checkbox(page, child.value)).toHaveCount(0);
    await tree.getByRole("button", { name: `Expand ${top.value}` }).click();
    const childLabel = tree.locator("label", { has: checkbox(page, child.value) });
    await expect(childLabel).toContainText(child.label!);
    await expect(childLabel).toContainText(String(child.count));
    await checkbox(page, child.value).check();
    expect(new URL(page.url()).searchParams.getAll("topic")).toEqual([child.value]);
    await expect.poll(() => resultCount(page)).toBe(child.count);
    await tree.getByRole("button", { name: `Collapse ${top.value}` }).click();
    await expect(checkbox(page, child.value)).toHaveCount(0);
  });

  test("sorting by article order is in the URL and orders the hits as the API does", async ({ page, request }) => {
    await openSearch(page, `/?q=${COMMON}&group=off`);
    await page.getByLabel("Sort by").selectOption("article");
    await expect(page).toHaveURL(/sort=article/);
    const expected = (await api(request, `q=${COMMON}&group=off&sort=article`)).hits.map((h) => h.id);
    await expect.poll(async () => results(page).evaluateAll((items) => items.map((i) => i.getAttribute("data-hit")))).toEqual(expected);
    await page.reload();
    await expect(page.getByLabel("Sort by")).toHaveValue("article");
  });

  test("exact phrases and excluded words work, and the tips say so", async ({ page, request }) => {
    const { hit } = await findHit(request, `q=${COMMON}&group=off`, (h) => /\b[a-z]{4,} [a-z]{4,}\b/.test(h.text));
    const phrase = /\b([a-z]{4,} [a-z]{4,})\b/.exec(hit.text)![1]!;
    await openSearch(page, `/?q=${encodeURIComponent(`"${phrase}"`)}&group=off`);
    await expect(results(page).first()).toBeVisible();
    for (const text of await results(page).locator("p").first().allTextContents())
      expect(text.toLowerCase().replace(/\s+/g, " ")).toContain(phrase);
    const [word, other] = phrase.split(" ");
    const excluded = await api(request, `q=${encodeURIComponent(`${word} -${other}`)}&group=off`);
    expect(excluded.total).toBeGreaterThan(0);
    for (const h of excluded.hits) expect(h.text.toLowerCase()).not.toMatch(new RegExp(`\\b${other}\\b`));
    await openSearch(page, `/?q=${encodeURIComponent(`${word} -${other}`)}&group=off`);
    expect(await resultCount(page)).toBe(excluded.total);

    await page.getByRole("button", { name: "Search tips" }).click();
    const tips = page.getByRole("dialog", { name: "Search tips" });
    await expect(tips).toContainText('"exact phrase"');
    await expect(tips).toContainText("-word");
    await page.keyboard.press("Escape");
    await expect(tips).toBeHidden();
  });

  test("long sentences are cropped around the match; the article page has the full text", async ({ page, request }) => {
    const { hit, page: at } = await findHit(request, `q=${COMMON}&group=off`, (h) => h.highlighted.includes("…"), 20);
    await openSearch(page, `/?q=${COMMON}&group=off${at > 1 ? `&page=${at}` : ""}`);
    const snippet = hitItem(page, hit.id).locator("p").first();
    await expect(snippet).toContainText("…");
    expect((await snippet.textContent())!.length).toBeLessThan(hit.text.length);
    await hitItem(page, hit.id).locator("a[data-article-link]").click();
    await expect(page.locator(`#s${hit.position}`)).toContainText(hit.text.slice(-40));
  });

  test("when nothing matches, it says so and offers relaxations that find something", async ({ page, request }) => {
    const speaker = (await api(request, "")).facets.find((f) => f.name === "speaker")!.values[0]!;
    await openSearch(page, `/?q=zzqxjvw&speaker=${encodeURIComponent(speaker.value)}`);
    await expect(page.getByText("No sentence matches this search.")).toBeVisible();
    const broader = page.getByRole("list", { name: "Broader searches" });
    // Dropping the speaker would still find nothing: it is not offered.
    await expect(broader.getByRole("link", { name: `Remove Speaker: ${speaker.value}` })).toHaveCount(0);
    const clear = broader.getByRole("listitem").filter({ hasText: "Clear the search text" });
    await expect(clear).toContainText(`(${speaker.count})`);
    await clear.getByRole("link").click();
    await expect(page).not.toHaveURL(/q=/);
    expect(new URL(page.url()).searchParams.getAll("speaker")).toEqual([speaker.value]);
    await expect.poll(() => resultCount(page)).toBe(speaker.count);
  });

  test("when two filters exclude each other, dropping either is offered with the count it gives", async ({ page, request }) => {
    const all = await api(request, "group=off");
    const articles = all.facets.find((f) => f.name === "article")!.values;
    // The first speaker (by count) not quoted in every article, and an article they are not quoted in.
    let pair: { speaker: (typeof articles)[number]; article: (typeof articles)[number] } | undefined;
    for (const speaker of all.facets.find((f) => f.name === "speaker")!.values) {
      const theirs = await api(request, `group=off&speaker=${encodeURIComponent(speaker.value)}`);
      const quoted = new Set(
        theirs.facets
          .find((f) => f.name === "article")!
          .values.filter((v) => v.count > 0)
          .map((v) => v.value),
      );
      const article = articles.find((v) => !quoted.has(v.value));
      if (article) {
        pair = { speaker, article };
        break;
      }
    }
    expect(pair, "a speaker not quoted in some article").toBeTruthy();
    const { speaker, article } = pair!;
    await openSearch(page, `/?group=off&speaker=${encodeURIComponent(speaker.value)}&article=${encodeURIComponent(article.value)}`);
    await expect(page.getByText("No sentence matches this search.")).toBeVisible();
    const broader = page.getByRole("list", { name: "Broader searches" });
    await expect(broader.getByRole("listitem").filter({ hasText: `Remove Speaker: ${speaker.value}` })).toContainText(`(${article.count})`);
    await expect(broader.getByRole("listitem").filter({ hasText: `Remove Article: ${article.value}` })).toContainText(`(${speaker.count})`);
    await broader.getByRole("link", { name: `Remove Article: ${article.value}` }).click();
    await expect(page).not.toHaveURL(/article=/);
    await expect.poll(() => resultCount(page)).toBe(speaker.count);
  });

  test("counts are announced; focus stays in the box while typing and moves to the first result after paging", async ({ page }) => {
    await openSearch(page);
    await expect(page.locator("[data-stats]")).toHaveAttribute("aria-live", "polite");
    const before = await resultCount(page);
    await searchBox(page).pressSequentially(COMMON, { delay: 50 });
    await expect.poll(() => resultCount(page)).not.toBe(before);
    await expect(searchBox(page)).toBeFocused();
    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(results(page).first()).toBeFocused();
  });

  test("keyboard: / focuses the box, arrows move through hits, Enter opens the article at the sentence, Esc clears", async ({ page }) => {
    await openSearch(page, `/?q=${COMMON}`);
    await page.locator("h1").click();
    await page.keyboard.press("/");
    await expect(searchBox(page)).toBeFocused();
    await expect(searchBox(page)).toHaveValue(COMMON);
    await page.keyboard.press("ArrowDown");
    await expect(results(page).nth(0)).toBeFocused();
    // Visible focus: the focused hit has a ring.
    expect(
      await results(page)
        .nth(0)
        .evaluate((el) => getComputedStyle(el).boxShadow),
    ).not.toBe("none");
    await page.keyboard.press("ArrowDown");
    await expect(results(page).nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(results(page).nth(0)).toBeFocused();
    const id = (await results(page).nth(0).getAttribute("data-hit"))!;
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/articles/[^?#]+\\?back=.*#s${id.split("-").pop()}$`));
    await page.goBack();
    await page.locator("form[data-hydrated]").waitFor();
    await searchBox(page).focus();
    await page.keyboard.press("Escape");
    await expect(searchBox(page)).toHaveValue("");
    await expect(page).not.toHaveURL(/q=/);
  });

  test("the search page and the article page have no serious accessibility violation (axe), light and dark", async ({ page, request }) => {
    const { hit } = await findHit(request, `q=${COMMON}`, (h) => h.speaker.length > 0);
    const pages = [`/?q=${COMMON}`, `/articles/${hit.articleId}#s${hit.position}`];
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      for (const path of pages) {
        await page.goto(path);
        await page.locator("form[data-hydrated], main").first().waitFor();
        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(
          serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
          `${colorScheme} ${path}`,
        ).toEqual([]);
      }
    }
  });

  test("every kind of control keeps its contrast while hovered and while focused (axe), light and dark", async ({ page, request }) => {
    test.setTimeout(180_000);
    const { hit } = await findHit(request, `q=${COMMON}`, (h) => h.speaker.length > 0);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      for (const path of [`/?q=${COMMON}`, `/articles/${hit.articleId}#s${hit.position}`]) {
        await page.goto(path);
        await page.locator("form[data-hydrated], main").first().waitFor();
        // One control of each look (tag and classes): hovering and focusing the others would repeat it.
        const kinds = await page.evaluate(() => {
          const seen = new Set<string>();
          const ids: string[] = [];
          document
            .querySelectorAll('a, button, label, input, select, summary, [tabindex], [class*="hover:"], [class*="focus"]')
            .forEach((el, i) => {
              const look = `${el.tagName}|${el.getAttribute("class") ?? ""}`;
              const box = el.getBoundingClientRect();
              if (seen.has(look) || box.width === 0 || box.height === 0) return;
              seen.add(look);
              // Contrast is judged on what the state changes: the control with its label.
              const context = el.closest("label") ?? el;
              context.setAttribute("data-state-check", `${context.getAttribute("data-state-check") ?? ""} ${i}`.trim());
              el.setAttribute("data-state-target", String(i));
              ids.push(String(i));
            });
          return ids;
        });
        expect(kinds.length, path).toBeGreaterThan(2);
        const failures: string[] = [];
        for (const id of kinds) {
          const target = page.locator(`[data-state-target="${id}"]`);
          for (const state of ["hover", "focus"] as const) {
            if (state === "hover") await target.hover({ force: true });
            else {
              await page.keyboard.press("Shift"); // keyboard modality: :focus-visible styles apply
              await target.focus();
            }
            const { violations, incomplete } = await new AxeBuilder({ page })
              .include(`[data-state-check~="${id}"]`)
              .withRules(["color-contrast"])
              .analyze();
            for (const v of violations)
              failures.push(`${state} ${v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary ?? ""}`).join("; ")}`);
            // Axe leaves short texts (a count, "3") for review even when it measured them too low.
            for (const node of incomplete.flatMap((v) => v.nodes)) {
              for (const { data } of node.any) {
                const { contrastRatio, expectedContrastRatio } = (data ?? {}) as { contrastRatio?: number; expectedContrastRatio?: string };
                if (contrastRatio && expectedContrastRatio && contrastRatio < parseFloat(expectedContrastRatio)) {
                  failures.push(`${state} ${node.target.join(" ")}: ${contrastRatio} < ${expectedContrastRatio}`);
                }
              }
            }
          }
          await page.mouse.move(0, 0);
        }
        expect(failures, `${colorScheme} ${path}`).toEqual([]);
      }
    }
  });

  test("a loading indicator shows only for slow answers, and results arrive without moving the page", async ({ page }) => {
    await openSearch(page);
    const list = page.getByRole("list", { name: "Results" });
    const top = (await list.boundingBox())!.y;
    // A slow answer for a prefix that finds results: the list must stay where it is before and after.
    const slow = COMMON.slice(0, 2);
    await page.route(`**/api/hits?q=${slow}`, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.fallback();
    });
    await page.evaluate(() => {
      (window as unknown as { sawLoading: boolean }).sawLoading = false;
      new MutationObserver(() => {
        // biome-ignore lint/performance/useDomNodeTextContent: only text that is painted counts, which textContent does not tell
        if (document.body.innerText.includes("Loading…")) (window as unknown as { sawLoading: boolean }).sawLoading = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await searchBox(page).fill(COMMON);
    await expect(page).toHaveURL(new RegExp(`q=${COMMON}`));
    await expect(results(page).first().locator("mark").first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { sawLoading: boolean }).sawLoading)).toBe(false);
    await searchBox(page).fill(slow);
    await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeVisible();
    expect((await list.boundingBox())!.y).toBe(top);
    await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeHidden({ timeout: 10_000 });
    expect((await list.boundingBox())!.y).toBe(top);
  });

  test("dark mode follows the system", async ({ browser, baseURL }) => {
    const background = async (colorScheme: "light" | "dark") => {
      const page = await browser.newPage({ colorScheme, baseURL });
      await openSearch(page);
      const color = await page.evaluate(() => {
        const canvas = document.createElement("canvas").getContext("2d")!;
        canvas.fillStyle = getComputedStyle(document.body).backgroundColor;
        canvas.fillRect(0, 0, 1, 1);
        const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
        return (r! + g! + b!) / 3;
      });
      await page.close();
      return color;
    };
    expect(await background("light")).toBeGreaterThan(200);
    expect(await background("dark")).toBeLessThan(50);
  });
});

test.describe("beyond them", () => {
  test("repeated reports are grouped, each version shown with its differences; a toggle in the URL turns grouping off", async ({
    page,
    request,
  }) => {
    const { hit, page: at } = await findHit(request, "", (h) => h.claimArticles > 1, 50);
    await openSearch(page, at > 1 ? `/?page=${at}` : "/");
    expect(await countNoun(page)).toMatch(/^reports?$/);
    const grouped = await resultCount(page);
    const item = hitItem(page, hit.id);
    await item.getByRole("button", { name: `Reported in ${hit.claimArticles} articles` }).click();
    const versions = item.getByRole("list", { name: "Versions in other articles" }).getByRole("listitem");
    const { versions: expected } = (await (await request.get(`/api/claims/${hit.claimId}`)).json()) as {
      versions: { id: string; text: string; article: string }[];
    };
    await expect(versions).toHaveCount(expected.length);
    expect(new Set(expected.map((v) => v.article)).size).toBeLessThanOrEqual(hit.claimArticles);
    await expect(versions.filter({ hasText: "(the version shown above)" })).toHaveCount(1);
    const words = (t: string) =>
      t
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
    for (const [i, v] of expected.entries()) {
      if (v.id === hit.id) continue;
      const marks = versions.nth(i).locator("ins, del");
      if (words(v.text) === words(hit.text)) await expect(marks).toHaveCount(0);
      else expect(await marks.count()).toBeGreaterThan(0);
    }
    await page.getByRole("checkbox", { name: "Group repeated reports" }).uncheck();
    await expect(page).toHaveURL(/group=off/);
    await expect.poll(() => countNoun(page)).toMatch(/^sentences?$/);
    // The noun and the number change together: never "sentences" beside the count of reports.
    expect(await resultCount(page)).toBeGreaterThan(grouped);
  });

  test("a hit expands in place to the sentences before and after it", async ({ page, request }) => {
    const { hit, page: at } = await findHit(request, `q=${COMMON}&group=off`, (h) => h.position > 0);
    const context = (await (await request.get(`/api/context/${hit.id}`)).json()) as { before?: { text: string }; after?: { text: string } };
    await openSearch(page, `/?q=${COMMON}&group=off${at > 1 ? `&page=${at}` : ""}`);
    const item = hitItem(page, hit.id);
    await item.getByRole("button", { name: "Show context" }).click();
    await expect(item.locator('[data-context="before"]')).toHaveText(context.before!.text);
    if (context.after) await expect(item.locator('[data-context="after"]')).toHaveText(context.after.text);
    await expect(page).toHaveURL(/\/\?q=/);
    await item.getByRole("button", { name: "Hide context" }).click();
    await expect(item.locator("[data-context]")).toHaveCount(0);
  });

  test("export downloads the whole result set as CSV and JSON, with a stable link per sentence", async ({ page, request }) => {
    await openSearch(page, `/?q=${COMMON}&group=off`);
    const total = await resultCount(page);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "CSV" }).click();
    expect((await download).suggestedFilename()).toBe("parley-export.csv");
    const csv = await request.get((await page.getByRole("link", { name: "CSV" }).getAttribute("href"))!);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["x-total-count"]).toBe(String(total));
    expect((await csv.text()).split("\r\n")[0]).toBe(
      "link,id,claimId,reportedIn,article,position,text,speaker,speakerKind,country,topic,source,date,url",
    );
    const json = (await (await request.get((await page.getByRole("link", { name: "JSON" }).getAttribute("href"))!)).json()) as {
      total: number;
      cap: number;
      truncated: boolean;
      rows: { id: string; link: string }[];
    };
    expect(json.total).toBe(total);
    expect(json.rows).toHaveLength(Math.min(total, json.cap));
    expect(json.truncated).toBe(total > json.cap);
    const shown = await results(page).evaluateAll((items) => items.map((i) => i.getAttribute("data-hit")));
    expect(json.rows.slice(0, shown.length).map((r) => r.id)).toEqual(shown);
    const row = json.rows[0]!;
    const link = new URL(row.link);
    await page.goto(link.pathname + link.hash);
    await expect(page.locator(link.hash)).toBeInViewport();
  });

  test("copy link copies the search's URL, and each hit's permalink opens at the sentence", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openSearch(page, `/?q=${COMMON}&sort=article`);
    await page.getByRole("button", { name: "Copy link to this search" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    const first = results(page).nth(2);
    const text = (await first.locator("p").first().textContent())!.replace(/…/g, "").trim();
    await first.getByRole("button", { name: "Copy link to this sentence" }).click();
    const permalink = await page.evaluate(() => navigator.clipboard.readText());
    expect(permalink).toMatch(/\/articles\/[A-Za-z0-9_-]+#s\d+$/);
    await page.goto(permalink);
    const target = page.locator(new URL(permalink).hash);
    await expect(target).toBeInViewport();
    await expect(target).toContainText(text.slice(0, 30));
  });

  test("clicking a speaker filters to them; the Speaker group says how many articles quote them", async ({ page, request }) => {
    const { hit, page: at } = await findHit(request, "group=off", (h) => h.speaker.length > 0, 50);
    await openSearch(page, `/?group=off${at > 1 ? `&page=${at}` : ""}`);
    const button = hitItem(page, hit.id).locator("button[title^='Only what']").first();
    const speaker = (await button.textContent())!;
    await button.click();
    await expect(page).toHaveURL(/speaker=/);
    expect(new URL(page.url()).searchParams.getAll("speaker")).toEqual([speaker]);
    const view = await api(request, `group=off&speaker=${encodeURIComponent(speaker)}`);
    await expect.poll(() => resultCount(page)).toBe(view.total);
    for (const hit of await results(page).all()) await expect(hit).toContainText(speaker);
    const articles = view.facets.find((f) => f.name === "article")!.values.filter((v) => v.count > 0).length;
    expect(view.speakerArticles[speaker]).toBe(articles);
    await expect(facetGroup(page, "Speaker").locator("label", { has: checkbox(page, speaker) })).toContainText(
      `quoted in ${articles} ${articles === 1 ? "article" : "articles"}`,
    );
  });
});
