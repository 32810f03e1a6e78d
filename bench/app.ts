import { freePort } from "../meili/engine/server";
import { waitForHttp } from "../lib/wait-for-http";
import { buildIfStale, serve } from "../scripts/next-server";

/** The production web app against a Meilisearch (built first if its sources changed), no rate limit. */
export async function startApp(host: string, searchKey: string): Promise<{ url: string; stop: () => void }> {
  await buildIfStale(console.error);
  const port = await freePort();
  const child = serve(port, host, searchKey, { PARLEY_RATE_LIMIT: "0" });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/api/search`, { child, name: "The web server" });
  } catch (error) {
    child.kill("SIGTERM");
    throw error;
  }
  return { url, stop: () => child.kill("SIGTERM") };
}
