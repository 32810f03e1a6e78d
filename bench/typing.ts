import { chromium } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "../e2e/chromium";
import { quantile, round } from "./stats";

export interface Typing {
  text: string;
  keysPerSecond: number;
  /** Prefixes whose results were painted (a superseded prefix may never be). */
  painted: number;
  p50: number;
  p95: number;
  /** Results painted after those of a longer prefix: must be 0. */
  stalePaints: number;
}

declare global {
  interface Window {
    typing: { inputs: { q: string; t: number }[]; paints: { q: string; t: number }[] };
  }
}

/**
 * Types `text` into the search box at `keysPerSecond` in Chromium and measures, for each
 * prefix, the time from its keystroke to its results painted (the results list names the query
 * it shows; a paint is stamped after the next frame).
 */
export async function measureTyping(appUrl: string, text = "presidential", keysPerSecond = 8): Promise<Typing> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage();
    await page.goto(appUrl);
    await page.locator("form[data-hydrated]").waitFor();
    await page.evaluate(() => {
      window.typing = { inputs: [], paints: [] };
      const box = document.querySelector<HTMLInputElement>('input[name="q"]')!;
      box.addEventListener("input", () => window.typing.inputs.push({ q: box.value.trim(), t: performance.now() }));
      const list = document.querySelector("ol[data-query]")!;
      new MutationObserver(() => {
        const q = list.getAttribute("data-query") ?? "";
        requestAnimationFrame(() => setTimeout(() => window.typing.paints.push({ q, t: performance.now() }), 0));
      }).observe(list, { attributes: true, attributeFilter: ["data-query"] });
    });
    const box = page.getByRole("searchbox", { name: "Search", exact: true });
    await box.click();
    await box.pressSequentially(text, { delay: 1000 / keysPerSecond });
    await page.locator(`ol[data-query="${text}"]`).waitFor();
    await page.waitForTimeout(300);
    const { inputs, paints } = await page.evaluate(() => window.typing);
    const latencies: number[] = [];
    let stalePaints = 0;
    let longest = -1;
    for (const paint of paints) {
      if (paint.q.length < longest) stalePaints++;
      longest = Math.max(longest, paint.q.length);
      const input = inputs.find((i) => i.q === paint.q);
      if (input && !latencies[paint.q.length]) latencies[paint.q.length] = paint.t - input.t;
    }
    const measured = latencies.filter((x) => x !== undefined);
    return { text, keysPerSecond, painted: measured.length, p50: round(quantile(measured, 0.5), 1), p95: round(quantile(measured, 0.95), 1), stalePaints };
  } finally {
    await browser.close();
  }
}
