/**
 * SANDBOX_TRUSTED_CLIENTS: the server-side clients a public sandbox's rate limiter does not count (the
 * site's egress address: every visitor's token exchange and every app check's probes come from it, and
 * the site has already limited its own visitors before it makes them). A comma-separated list of CIDR
 * ranges or single addresses, matched against the client's address by the TRUST_PROXY rule, so an
 * X-Forwarded-For claim counts only when a trusted proxy appended it.
 */
import ipaddr from 'ipaddr.js';
import * as z from 'zod';

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** Whether `address` (IPv4-mapped IPv6 as its IPv4) is in one of the trusted ranges. */
export type TrustedClients = (address: string | undefined) => boolean;

function parseRange(entry: string): Range | undefined {
  try {
    if (entry.includes('/')) {
      const [address, bits] = ipaddr.parseCIDR(entry);
      // ::ffff:127.0.0.0/104 is 127.0.0.0/8: clients are compared as ipaddr.process gives them.
      if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
        return bits >= 96 ? [(address as ipaddr.IPv6).toIPv4Address(), bits - 96] : undefined;
      }
      return [address, bits];
    }
    const address = ipaddr.process(entry);
    return [address, address.kind() === 'ipv4' ? 32 : 128];
  } catch {
    return undefined;
  }
}

export function trustedClients(ranges: readonly Range[]): TrustedClients {
  return (address) => {
    if (!address || !ipaddr.isValid(address)) return false;
    const client = ipaddr.process(address);
    return ranges.some(([base, bits]) => base.kind() === client.kind() && client.match(base, bits));
  };
}

/** Nobody is trusted: every client is counted. */
export const noTrustedClients: TrustedClients = () => false;

export const trustedClientsSchema = z
  .string()
  .transform((value, ctx): TrustedClients => {
    const ranges: Range[] = [];
    for (const entry of value.split(',').map((part) => part.trim()).filter(Boolean)) {
      const range = parseRange(entry);
      if (!range) {
        ctx.addIssue({ code: 'custom', message: `${entry} is not an IP address or CIDR range (such as 127.0.0.1/32 or 10.0.0.0/8)` });
        return z.NEVER;
      }
      ranges.push(range);
    }
    return trustedClients(ranges);
  });
