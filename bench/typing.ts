import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "../e2e/chromium";
import { percentiles } from "./stats";

export interface Typing {
  texts: string[];
  keysPerSecond: number;
  /** Prefixes whose results were painted (a superseded prefix may never be). */
  painted: number;
  p50: number;
  p95: number;
  /** Results painted after those of a longer prefix: must be 0. */
  stalePaints: number;
  /** From a keystroke to its counts (totals, facets) painted and no longer marked as updating. */
  counts: { painted: number; p50: number; p95: number };
}

interface Stamp {
  q: string;
  t: number;
}

declare global {
  interface Window {
    typing: { inputs: Stamp[]; paints: Stamp[]; counts: Stamp[] };
  }
}

/** Three 12-character queries: 36 keystrokes, so the p95 is not one slow answer. */
export const TYPED = ["presidential", "governmental", "negotiations"];

/**
 * Types each of `texts` into an empty search box at `keysPerSecond` in Chromium and measures, for each
 * prefix, the time from its keystroke to its results painted (the results list names the query
 * it shows; a paint is stamped after the next frame).
 */
export async function measureTyping(appUrl: string, texts = TYPED, keysPerSecond = 8): Promise<Typing> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const latencies: number[] = [];
    const counts: number[] = [];
    let stalePaints = 0;
    for (const text of texts) {
      const measured = await typeOnce(await browser.newPage(), appUrl, text, keysPerSecond);
      latencies.push(...measured.latencies);
      counts.push(...measured.counts);
      stalePaints += measured.stalePaints;
    }
    return {
      texts,
      keysPerSecond,
      painted: latencies.length,
      ...percentiles(latencies),
      stalePaints,
      counts: { painted: counts.length, ...percentiles(counts) },
    };
  } finally {
    await browser.close();
  }
}

async function typeOnce(
  page: Page,
  appUrl: string,
  text: string,
  keysPerSecond: number,
): Promise<{ latencies: number[]; counts: number[]; stalePaints: number }> {
  await page.goto(appUrl);
  await page.locator("form[data-hydrated]").waitFor();
  await page.evaluate(() => {
    window.typing = { inputs: [], paints: [], counts: [] };
    const box = document.querySelector<HTMLInputElement>('input[name="q"]')!;
    box.addEventListener("input", () => window.typing.inputs.push({ q: box.value.trim(), t: performance.now() }));
    const list = document.querySelector("ol[data-query]")!;
    new MutationObserver(() => {
      const q = list.getAttribute("data-query") ?? "";
      requestAnimationFrame(() => setTimeout(() => window.typing.paints.push({ q, t: performance.now() }), 0));
    }).observe(list, { attributes: true, attributeFilter: ["data-query"] });
    // Counts come after the hits: painted once they name the query and are no longer marked busy.
    const counts = document.querySelector("[data-counts-query]")!;
    new MutationObserver(() => {
      const q = counts.getAttribute("data-counts-query") ?? "";
      if (counts.hasAttribute("aria-busy")) return;
      requestAnimationFrame(() => setTimeout(() => window.typing.counts.push({ q, t: performance.now() }), 0));
    }).observe(counts, { attributes: true, attributeFilter: ["data-counts-query", "aria-busy"] });
  });
  const box = page.getByRole("searchbox", { name: "Search", exact: true });
  await box.click();
  await box.pressSequentially(text, { delay: 1000 / keysPerSecond });
  await page.locator(`ol[data-query="${text}"]`).waitFor();
  await page.locator(`[data-counts-query="${text}"]:not([aria-busy])`).waitFor();
  await page.waitForTimeout(300);
  const { inputs, paints, counts } = await page.evaluate(() => window.typing);
  await page.close();
  let stalePaints = 0;
  let longest = -1;
  for (const paint of paints) {
    if (paint.q.length < longest) stalePaints++;
    longest = Math.max(longest, paint.q.length);
  }
  return { latencies: firstPaintLatencies(inputs, paints), counts: firstPaintLatencies(inputs, counts), stalePaints };
}

/** For each prefix painted, the time from its keystroke to its first paint. */
function firstPaintLatencies(inputs: Stamp[], paints: Stamp[]): number[] {
  const latencies: number[] = [];
  for (const paint of paints) {
    const input = inputs.find((i) => i.q === paint.q);
    if (input && latencies[paint.q.length] === undefined) latencies[paint.q.length] = paint.t - input.t;
  }
  return latencies.filter((x) => x !== undefined);
}
