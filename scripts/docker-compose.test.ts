import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { appEnv } from "../lib/env";

interface Service {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
  networks?: string[];
}
const compose = parse(readFileSync(new URL("../docker-compose.yml", import.meta.url), "utf8")) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
  networks: Record<string, { ipam: { config: { subnet: string }[] } }>;
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

  it("serves the app with Parley's server, trusting forwarded addresses only from its own network", () => {
    const app = compose.services.app!;
    expect(app.command!.join(" ")).toContain("npm run serve");
    const subnet = compose.networks.parley!.ipam.config[0]!.subnet;
    expect(app.environment!.PARLEY_TRUSTED_PROXIES).toBe(`\${PARLEY_TRUSTED_PROXIES:-${subnet}}`);
    for (const service of Object.values(compose.services)) expect(service.networks).toEqual(["parley"]);
    // The default must be a valid setting for the app's own check at start.
    expect(appEnv({ PARLEY_TRUSTED_PROXIES: subnet }).PARLEY_TRUSTED_PROXIES).toEqual([subnet]);
  });
});
