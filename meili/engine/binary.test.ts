import { accessSync, chmodSync, constants, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureExecutable, MeiliBinaryError, resolveMeiliBinary } from "./binary";

const dir = mkdtempSync(join(tmpdir(), "parley-bin-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the packaged Meilisearch binary", () => {
  it("tells a platform without a package to set MEILI_HOST", () => {
    expect(() => resolveMeiliBinary(dir, "darwin-arm64")).toThrow(MeiliBinaryError);
    expect(() => resolveMeiliBinary(dir, "darwin-arm64")).toThrow(/MEILI_HOST/);
  });

  it("restores a missing execute bit", () => {
    const file = join(dir, "fake-meilisearch");
    writeFileSync(file, "#!/bin/sh\n");
    chmodSync(file, 0o644);
    expect(ensureExecutable(file, join(dir, "bin"))).toBe(file);
    expect(() => accessSync(file, constants.X_OK)).not.toThrow();
  });

  it("resolves the installed package on this machine", () => {
    const path = resolveMeiliBinary(join(dir, "bin"));
    expect(() => accessSync(path, constants.X_OK)).not.toThrow();
  });
});
