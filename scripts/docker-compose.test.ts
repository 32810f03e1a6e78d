import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Service {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
}
const compose = parse(readFileSync(new URL("../docker-compose.yml", import.meta.url), "utf8")) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};

describe("docker-compose.yml", () => {
  it("has Meilisearch, the app and a one-shot indexer", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["app", "indexer", "meilisearch"]);
    expect(compose.services.indexer!.restart).toBe("no");
  });

  it("runs the official Meilisearch 1.21 image with a volume and a master key from the environment", () => {
    const meili = compose.services.meilisearch!;
    expect(meili.image).toBe("getmeili/meilisearch:v1.21");
    expect(meili.environment!.MEILI_MASTER_KEY).toMatch(/^\$\{MEILI_MASTER_KEY/);
    expect(meili.volumes).toContain("meili-data:/meili_data");
    expect(Object.keys(compose.volumes)).toContain("meili-data");
    expect(meili.ports).toEqual(["127.0.0.1:7700:7700"]);
  });

  it("points the app and the indexer at that server and publishes the app on 3000", () => {
    for (const name of ["app", "indexer"]) {
      expect(compose.services[name]!.environment!.MEILI_HOST).toBe("http://meilisearch:7700");
      expect(compose.services[name]!.depends_on!.meilisearch!.condition).toBe("service_healthy");
    }
    expect(compose.services.app!.ports).toEqual(["3000:3000"]);
    expect(compose.services.app!.environment!.MEILI_MASTER_KEY).toBeUndefined();
  });
});
