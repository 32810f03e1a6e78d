/**
 * Module hook: `server-only` resolves to an empty module in the production server's process,
 * as Next.js resolves it in its server bundles. That process runs the API handlers itself
 * (direct-api.ts), outside Next.js's bundles, where the guard would throw; it still keeps
 * meili/client.ts out of every client bundle Next.js builds.
 */
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return nextResolve(specifier, context);
}
