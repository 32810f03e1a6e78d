// Waits until a URL answers (any status), for at most 10 minutes: `node scripts/wait-for-http.mjs URL`.
const [url] = process.argv.slice(2);
const deadline = Date.now() + 600_000;
while (Date.now() < deadline) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(5000) });
    process.exit(0);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
console.error(`wait-for-http: ${url} did not answer within 10 minutes`);
process.exit(1);
