import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Reads the embedded server's master key, creating a random one (mode 0600) on first start.
 * The key stays the same across runs because Meilisearch derives its API keys from it.
 */
export function loadOrCreateMasterKey(path: string): string {
  if (existsSync(path)) {
    // Tighten permissions a user may have loosened by copying the folder around.
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
    const key = readFileSync(path, "utf8").trim();
    if (key.length >= 16) return key;
  }
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const key = randomBytes(32).toString("base64url");
  writeFileSync(path, `${key}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return key;
}
