/**
 * The budget a request is counted against: its client's address. An IPv4 address counts alone; an
 * IPv6 address counts with its whole /64, since one subscriber usually holds a /64 and could otherwise
 * rotate through 2^64 addresses for a fresh budget each time. IPv4-mapped IPv6 (`::ffff:1.2.3.4`, how a
 * dual-stack socket reports IPv4 clients) counts as the IPv4 address it is.
 */
import ipaddr from 'ipaddr.js';

/** Requests whose address can't be read share one budget rather than escaping the limit. */
export const unknownClientKey = 'unknown';

export function clientKey(address: string | undefined): string {
  if (!address || !ipaddr.isValid(address)) return unknownClientKey;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const network = ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toNormalizedString()}/64`);
  return `${network.toRFC5952String()}/64`;
}
