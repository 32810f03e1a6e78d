import autocannon from "autocannon";
import { loadPaths } from "../scripts/load-queries";

export interface Load {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts and answers other than 2xx. */
  errors: number;
}

/** Requests sent before the measured phase, so the web server's JIT and heap are warm. */
const WARM_UP_REQUESTS = 2000;

/**
 * The load test's mix (`npm run test:load`) against the bench's app over the index of this size:
 * `connections` clients without pause for `seconds`, after a warm-up.
 */
export async function measureLoad(appUrl: string, connections = 50, seconds = 30): Promise<Load> {
  const requests = (await loadPaths(appUrl)).map((path) => ({ method: "GET" as const, path }));
  await autocannon({ url: appUrl, connections, amount: WARM_UP_REQUESTS, requests });
  const result = await autocannon({ url: appUrl, connections, duration: seconds, requests });
  return {
    connections,
    seconds,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
