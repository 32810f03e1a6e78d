import { BlockList, isIP } from "node:net";

/**
 * The proxies whose `X-Forwarded-For` Parley believes: addresses and CIDR ranges, IPv4 or
 * IPv6, as the operator lists them in PARLEY_TRUSTED_PROXIES ("10.0.0.0/8, ::1").
 */
export class TrustedProxies {
  private readonly list = new BlockList();

  constructor(readonly entries: readonly string[] = []) {
    for (const entry of entries) {
      const problem = proxyEntryProblem(entry);
      if (problem) throw new Error(problem);
      const [address, prefix] = entry.split("/") as [string, string | undefined];
      const family = isIP(address) === 6 ? "ipv6" : "ipv4";
      if (prefix === undefined) this.list.addAddress(address, family);
      else this.list.addSubnet(address, Number(prefix), family);
    }
  }

  /** Whether `address` is one of the listed proxies. */
  has(address: string): boolean {
    const plain = unmapped(address);
    const family = isIP(plain);
    return family !== 0 && this.list.check(plain, family === 6 ? "ipv6" : "ipv4");
  }
}

/** Why `entry` is not an address or a CIDR range, or undefined when it is one. */
export function proxyEntryProblem(entry: string): string | undefined {
  const [address = "", prefix, extra] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return `"${entry}" is not an IP address or a CIDR range (e.g. 10.0.0.0/8)`;
  if (prefix === undefined) return undefined;
  const bits = family === 6 ? 128 : 32;
  if (!/^\d+$/.test(prefix) || Number(prefix) > bits) return `"${entry}" has a prefix length outside 0–${bits}`;
  return undefined;
}

/**
 * The address a request comes from: the socket's peer, unless that peer is a trusted proxy,
 * in which case the hop it reports in `X-Forwarded-For` (read from the right, skipping further
 * trusted proxies). Hops a client wrote itself sit left of the first untrusted one and are
 * never read, so a forged header changes nothing.
 *
 *   clientAddress("203.0.113.9", "1.2.3.4", none)            → "203.0.113.9"
 *   clientAddress("10.0.0.2", "1.2.3.4, 198.51.100.7", 10/8) → "198.51.100.7"
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string {
  let client = unmapped(socketAddress ?? "") || "unknown";
  if (!trusted.has(client)) return client;
  const hops = [forwardedFor ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((hop) => unmapped(hop.trim()))
    .filter(Boolean);
  while (hops.length) {
    const hop = hops.pop()!;
    if (isIP(hop) === 0) break; // a malformed hop: trust stops at the last proxy that wrote a real one
    client = hop;
    if (!trusted.has(hop)) break;
  }
  return client;
}

/** "::ffff:127.0.0.1" (an IPv4 peer on a dual-stack socket) → "127.0.0.1". */
function unmapped(address: string): string {
  return address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}
