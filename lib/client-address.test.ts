import { describe, expect, it } from "vitest";
import { clientAddress, proxyEntryProblem, TrustedProxies } from "./client-address";

const none = new TrustedProxies();
const internal = new TrustedProxies(["10.0.0.0/8", "::1"]);

describe("the client address of a request", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.9", "1.2.3.4", none)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", undefined, none)).toBe("203.0.113.9");
    expect(clientAddress(undefined, "1.2.3.4", none)).toBe("unknown");
  });

  it("is the peer when the peer is not a trusted proxy, even if others are trusted", () => {
    expect(clientAddress("203.0.113.9", "10.0.0.5", internal)).toBe("203.0.113.9");
  });

  it("is the hop a trusted proxy reports, read from the right past further trusted proxies", () => {
    expect(clientAddress("10.0.0.2", "198.51.100.7", internal)).toBe("198.51.100.7");
    expect(clientAddress("::1", "1.2.3.4, 198.51.100.7, 10.9.9.9", internal)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", ["1.2.3.4", "198.51.100.7"], internal)).toBe("198.51.100.7");
  });

  it("stops at a malformed hop, and is the proxy itself when it reports nothing", () => {
    expect(clientAddress("10.0.0.2", "1.2.3.4, not-an-ip", internal)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", undefined, internal)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "10.0.0.3", internal)).toBe("10.0.0.3");
  });
});

describe("trusted proxy entries", () => {
  it("take addresses and CIDR ranges of both families", () => {
    const trusted = new TrustedProxies(["172.30.0.0/24", "fd00::/8", "192.0.2.1"]);
    expect(["172.30.0.200", "fd00::1", "192.0.2.1", "::ffff:172.30.0.4"].map((a) => trusted.has(a))).toEqual([true, true, true, true]);
    expect(["172.30.1.1", "fe80::1", "192.0.2.2", "junk"].map((a) => trusted.has(a))).toEqual([false, false, false, false]);
  });

  it("name what is wrong with a bad entry", () => {
    expect(proxyEntryProblem("10.0.0.0/8")).toBeUndefined();
    expect(proxyEntryProblem("localhost")).toMatch(/"localhost" is not an IP address/);
    expect(proxyEntryProblem("10.0.0.0/33")).toMatch(/prefix length outside 0–32/);
    expect(proxyEntryProblem("::1/129")).toMatch(/0–128/);
    expect(proxyEntryProblem("10.0.0.0/8/1")).toMatch(/not an IP address/);
    expect(() => new TrustedProxies(["nope"])).toThrow(/"nope"/);
  });
});
