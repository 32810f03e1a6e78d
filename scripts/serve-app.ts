/**
 * The production web app: Next.js behind a plain HTTP server that resolves each request's
 * client address from its socket (and trusted proxies only), for the rate limit, and answers
 * the API itself with the routes' own handlers (direct-api.ts). Settings are
 * checked before anything else, so a bad one fails here with its name, not on a request.
 *   PORT=3000 npm run serve   (after `npm run build`)
 */
import { createServer } from "node:http";
import { register } from "node:module";
import { clientAddress, TrustedProxies } from "../lib/client-address";
import { appEnv } from "../lib/env";
import { CLIENT_HEADER } from "../lib/rate-limit";

async function main(): Promise<void> {
  const env = appEnv();
  const trusted = new TrustedProxies(env.PARLEY_TRUSTED_PROXIES);
  // As `next start` does: React's production build, not its development one (slower, larger).
  Object.assign(process.env, { NODE_ENV: "production" });
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: process.cwd(), port: env.PORT });
  await app.prepare();
  // After Next.js has set up its server environment, which its request classes rely on.
  register("./server-only-hook.mjs", import.meta.url);
  const { serveDirect } = await import("./direct-api");
  const handle = app.getRequestHandler();
  const server = createServer(async (request, response) => {
    request.headers[CLIENT_HEADER] = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trusted);
    if (!(await serveDirect(request, response))) void handle(request, response);
  });
  server.listen(env.PORT, () => console.log(`Parley's web app is listening on port ${env.PORT}`));
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref(); // requests still running get 2 s
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: Error) => {
  console.error(`parley: ${error.message}`);
  process.exit(1);
});
