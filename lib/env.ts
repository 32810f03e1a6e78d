import { resolve } from "node:path";
import { z } from "zod";
import { proxyEntryProblem } from "./client-address";

/**
 * Every environment variable Parley reads, validated in one place. A bad value fails at
 * start with a message naming the variable. The master key is never logged.
 */
const optionalUrl = (name: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || /^https?:\/\/[^\s/]+/.test(v), `${name} must be an http(s) URL, e.g. http://127.0.0.1:7700`);
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined);

const port = z.coerce.number().int().min(1).max(65535).default(3000);

/** A comma-separated list of proxy addresses or CIDR ranges; every entry must be one. */
const proxyList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .superRefine((entries, context) => {
    for (const entry of entries) {
      const problem = proxyEntryProblem(entry);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }
  });

const meiliVars = {
  MEILI_HOST: optionalUrl("MEILI_HOST"),
  MEILI_MASTER_KEY: optionalText,
  MEILI_SEARCH_KEY: optionalText,
};

const appSchema = z.object({
  ...meiliVars,
  /** API requests per client per minute (a keystroke asks two: the hits, then the counts). */
  PARLEY_RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  /** Proxies whose X-Forwarded-For names the client; nobody's by default. */
  PARLEY_TRUSTED_PROXIES: proxyList,
  PORT: port,
  /** Set by `npm start`: where the embedded engine's supervisor says it is restarting. */
  PARLEY_ENGINE_STATUS: optionalText,
});

const toolSchema = z.object({
  ...meiliVars,
  PARLEY_DATA_DIR: z.string().trim().default(".data"),
  PARLEY_CORPUS: optionalText,
  PORT: port,
});

export type AppEnv = z.infer<typeof appSchema>;
export type ToolEnv = z.infer<typeof toolSchema> & { dataDir: string };

/** The variables to read: process.env, or a test's own. */
type Variables = Record<string, string | undefined>;

export class EnvError extends Error {
  override name = "EnvError";
}

function parse<T extends z.ZodTypeAny>(schema: T, env: Variables): z.infer<T> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`);
  throw new EnvError(`Invalid environment:\n  ${problems.join("\n  ")}`);
}

/** The web app's settings (server side only). */
export function appEnv(env: Variables = process.env): AppEnv {
  return parse(appSchema, env);
}

/** The indexer's and the launcher's settings. */
export function toolEnv(env: Variables = process.env): ToolEnv {
  const parsed = parse(toolSchema, env);
  return { ...parsed, dataDir: resolve(parsed.PARLEY_DATA_DIR) };
}
