import { describe, expect, it } from "vitest";
import { appEnv, EnvError, toolEnv } from "./env";

/** The message an invalid environment fails with. */
function failure(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as Error).message;
  }
  throw new Error("expected the environment to be refused");
}

describe("the app's environment", () => {
  it("has working defaults when nothing is set, and treats empty values as unset", () => {
    expect(appEnv({})).toEqual({ PARLEY_RATE_LIMIT: 600, PARLEY_TRUSTED_PROXIES: [], PORT: 3000 });
    expect(appEnv({ MEILI_HOST: " ", MEILI_SEARCH_KEY: "" }).MEILI_HOST).toBeUndefined();
  });

  it("reads every variable it knows", () => {
    const env = appEnv({
      MEILI_HOST: "http://meili:7700",
      MEILI_SEARCH_KEY: "k",
      PARLEY_RATE_LIMIT: "0",
      PARLEY_TRUSTED_PROXIES: "10.0.0.0/8, ::1",
      PORT: "8080",
    });
    expect(env).toEqual({
      MEILI_HOST: "http://meili:7700",
      MEILI_SEARCH_KEY: "k",
      PARLEY_RATE_LIMIT: 0,
      PARLEY_TRUSTED_PROXIES: ["10.0.0.0/8", "::1"],
      PORT: 8080,
    });
  });

  it("names each bad variable and why, all at once", () => {
    const message = failure(() =>
      appEnv({ MEILI_HOST: "meili:7700", PORT: "70000", PARLEY_RATE_LIMIT: "fast", PARLEY_TRUSTED_PROXIES: "10.0.0.0/8, proxy.local" }),
    );
    expect(message).toMatch(/MEILI_HOST: MEILI_HOST must be an http\(s\) URL/);
    expect(message).toMatch(/PORT: /);
    expect(message).toMatch(/PARLEY_RATE_LIMIT: /);
    expect(message).toMatch(/PARLEY_TRUSTED_PROXIES: "proxy.local" is not an IP address/);
  });

  it("never repeats a key's value in its message", () => {
    const message = failure(() => appEnv({ MEILI_SEARCH_KEY: "s3cret-search-key", PORT: "0" }));
    expect(message).not.toContain("s3cret-search-key");
  });
});

describe("the indexer's and the launcher's environment", () => {
  it("resolves the data folder and keeps the corpus", () => {
    const env = toolEnv({ PARLEY_DATA_DIR: "some/where", PARLEY_CORPUS: "../articles" });
    expect(env.dataDir).toMatch(/\/some\/where$/);
    expect(env.PARLEY_CORPUS).toBe("../articles");
    expect(toolEnv({}).PARLEY_DATA_DIR).toBe(".data");
  });

  it("names a bad PORT or MEILI_HOST", () => {
    expect(failure(() => toolEnv({ PORT: "http" }))).toMatch(/^Invalid environment:\n {2}PORT: /);
    expect(failure(() => toolEnv({ MEILI_HOST: "ftp://x" }))).toMatch(/MEILI_HOST: /);
  });
});
