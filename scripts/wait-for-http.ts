// Waits until a URL answers (any status), for at most 10 minutes: `tsx scripts/wait-for-http.ts URL`.
import { waitForHttp } from "../lib/wait-for-http";

const [url] = process.argv.slice(2);
if (!url) {
  console.error("usage: tsx scripts/wait-for-http.ts URL");
  process.exit(2);
}
waitForHttp(url, { timeoutMs: 600_000 }).catch((error: Error) => {
  console.error(`wait-for-http: ${error.message}`);
  process.exit(1);
});
