#!/usr/bin/env node
// Completes package-lock.json with the platform packages (darwin, win32, android …) that the
// npm registry mirror of our build machines does not serve. npm leaves them out of the lock
// when it cannot fetch them, and `npm ci` then refuses the lock as "out of sync". Each missing
// optional dependency gets an entry with the os/cpu its name states, so npm skips it on other
// platforms without fetching, and fetches it by version where it does match.
//
//   npm install && node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from "node:fs";

const OS = ["darwin", "linux", "win32", "android", "freebsd", "openbsd", "netbsd", "sunos", "aix", "openharmony"];
const CPU = {
  x64: "x64",
  arm64: "arm64",
  arm: "arm",
  ia32: "ia32",
  loong64: "loong64",
  ppc64: "ppc64",
  riscv64: "riscv64",
  s390x: "s390x",
  wasm32: "wasm32",
  mips64el: "mips64el",
  universal: null,
};

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${key ? `${key}/` : ""}node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
    if (!/^\d+\.\d+\.\d+/.test(spec)) throw new Error(`${name}@${spec}: not an exact version; add it by hand`);
    const parts = name.split("/").pop().split(/[-_]/);
    const os = OS.find((o) => parts.includes(o));
    const cpu = parts.map((p) => CPU[p]).find((c) => c !== undefined);
    if (!os && !cpu) throw new Error(`${name}: cannot tell its platform from its name`);
    lock.packages[`node_modules/${name}`] = {
      version: spec,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(os ? { os: [os] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform entries`);
