import type { LaunchOptions } from "@playwright/test";

/**
 * How Parley launches Chromium: Debian's build (Playwright cannot download its own here),
 * with the flags a closed network and a root user need.
 */
export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
