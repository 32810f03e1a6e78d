/**
 * Runs once when a Next.js server starts (`next start`, `next dev`), before any request:
 * a bad setting stops it here, naming the variable, instead of failing the first search.
 * (`npm start` and `npm run serve` check the same settings before they start Next.js.)
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkAppEnvOrExit } = await import("./lib/env-check");
  checkAppEnvOrExit();
}
