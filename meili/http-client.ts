import { Agent, request } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { MeilisearchApiError } from "meilisearch";

/**
 * The HTTP client Parley gives meilisearch-js: kept-alive connections with TCP_NODELAY, each
 * request written in one piece. With the default `fetch`, a request on a reused connection
 * waited ~40 ms for Meilisearch's delayed ACK (Nagle's algorithm holding the body back), so
 * back-to-back searches took 47 ms instead of 5 (measured on loopback, bench/README).
 */
const agents = {
  "http:": new Agent({ keepAlive: true, maxSockets: 64, noDelay: true } as ConstructorParameters<typeof Agent>[0]),
  "https:": new HttpsAgent({ keepAlive: true, maxSockets: 64, noDelay: true } as ConstructorParameters<typeof HttpsAgent>[0]),
};

/** `fetch`'s arguments in, Meilisearch's parsed JSON out; a 4xx/5xx throws MeilisearchApiError. */
export async function meiliHttp(input: Parameters<typeof fetch>[0], init: RequestInit = {}): Promise<unknown> {
  const url = new URL(input instanceof Request ? input.url : input.toString());
  const headers = Object.fromEntries(new Headers(init.headers).entries());
  const body = typeof init.body === "string" ? init.body : init.body == null ? undefined : String(init.body);
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  const { status, text, responseHeaders } = await exchange(url, init, headers, body);
  const parsed = text === "" ? undefined : JSON.parse(text);
  if (status >= 400) throw new MeilisearchApiError(new Response(text, { status, headers: responseHeaders }), parsed);
  return parsed;
}

interface Exchanged {
  status: number;
  text: string;
  responseHeaders: Headers;
}

/**
 * One request and its whole answer. A kept-alive connection that Meilisearch closed while idle
 * fails as soon as it is reused (ECONNRESET before any answer): that request is sent once more
 * on a new connection, as Node's documentation advises. Parley's writes are idempotent (ids).
 */
function exchange(
  url: URL,
  init: RequestInit,
  headers: Record<string, string>,
  body: string | undefined,
  retried = false,
): Promise<Exchanged> {
  const send = url.protocol === "https:" ? httpsRequest : request;
  return new Promise<Exchanged>((resolve, reject) => {
    // meilisearch-js passes one signal to every poll of a task: listen for this request only.
    const signal = init.signal ?? undefined;
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => req.destroy(signal!.reason instanceof Error ? signal!.reason : new Error("aborted"));
    const req = send(url, { method: init.method ?? "GET", headers, agent: agents[url.protocol as "http:"] }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === "string") h.set(k, v);
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8"), responseHeaders: h });
      });
      res.on("error", reject);
    });
    signal?.addEventListener("abort", onAbort, { once: true });
    req.once("close", () => signal?.removeEventListener("abort", onAbort));
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (!retried && req.reusedSocket && error.code === "ECONNRESET") exchange(url, init, headers, body, true).then(resolve, reject);
      else reject(error);
    });
    req.end(body);
  });
}
