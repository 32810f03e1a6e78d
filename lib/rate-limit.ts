/**
 * Token bucket per client: up to `perMinute` requests in a burst, refilled evenly over a
 * minute. Memory is bounded: past `maxClients` the least recently seen client is forgotten.
 */
export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxClients = 10_000,
  ) {}

  /** Takes one request's token for `client`; 0 per minute means no limit. */
  take(client: string): Verdict {
    if (this.perMinute <= 0) return { ok: true };
    const now = this.now();
    const rate = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    this.buckets.delete(client); // re-insert: Map order is then least recently seen first
    this.buckets.set(client, bucket);
    if (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens < 1) return { ok: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / rate / 1000) };
    bucket.tokens -= 1;
    return { ok: true };
  }
}

/**
 * The header Parley's server (`scripts/serve-app.ts`) sets on every request to the client's
 * address, overwriting whatever the request carried: the one place that knows the socket
 * and which proxies to believe.
 */
export const CLIENT_HEADER = "x-parley-client";

/** The client a request comes from, as Parley's server resolved it. */
export function clientKey(headers: Headers): string {
  return headers.get(CLIENT_HEADER) || "unknown";
}
