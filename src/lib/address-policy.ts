/**
 * Which IP addresses a public deployment may connect to on a reader's behalf: global unicast only.
 *
 * The ranges come from ipaddr.js (IANA's IPv4 and IPv6 special-purpose registries): `range()` names the
 * special range an address is in, and `unicast` (in none of them) is the only one allowed. On top of
 * that, three things the library's ranges alone would get wrong:
 *
 * - IPv6 addresses that carry an IPv4 address lead to that IPv4 address, so the IPv4 address is judged:
 *   IPv4-mapped `::ffff:0:0/96` (the socket connects over IPv4), NAT64 `64:ff9b::/96` (the NAT64 gateway
 *   connects to it), 6to4 `2002::/16` (the packets are tunnelled to it) and Teredo `2001::/32` (the
 *   relay sends to the client's IPv4, stored inverted in the last 32 bits; its server's IPv4 is judged
 *   too). With a global unicast IPv4 inside they are allowed: the traffic ends at a public address, the
 *   same one PUBLIC mode would reach directly, and NAT64 is how an IPv6-only host reaches an IPv4-only
 *   tenant through DNS64. With a private, loopback or other special IPv4 inside they are refused.
 * - IPv4-compatible `::a.b.c.d` (deprecated by RFC 4291) and the local-use NAT64 prefix `64:ff9b:1::/48`
 *   (RFC 8215: where the IPv4 address sits is the operator's choice, so it can't be read) are refused
 *   whatever they carry: no public tenant is reached that way.
 * - ipaddr.js calls everything outside its special ranges `unicast`, including IPv6 space IANA has not
 *   allocated (`::7f00:1`, `4000::1`); only `2000::/3` is global unicast (RFC 4291 §2.4).
 *
 * Only canonical literals are read (what `node:net` `isIP` accepts: DNS answers and URL host names are
 * in that form); zone ids (`fe80::1%eth0`) name a local interface and are refused.
 */
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export interface AddressVerdict {
  allowed: boolean;
  /**
   * Why, for logs and tests: ipaddr.js's range name (`unicast`, `loopback`, `private`, `uniqueLocal`,
   * `deprecatedSiteLocal`, …), `<kind>/<range of the IPv4 inside>` for addresses that carry one
   * (`ipv4Mapped/private`, `nat64/unicast`, `6to4/loopback`, `teredo/private`), or one of
   * `ipv4Compatible`, `nat64LocalUse`, `notGlobalUnicast`, `zoneId`, `notAnAddress`.
   */
  range: string;
}

const globalUnicast = ipaddr.IPv6.parseCIDR('2000::/3');
const nat64WellKnown = ipaddr.IPv6.parseCIDR('64:ff9b::/96');

function ipv4FromParts(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

function judgeIPv4(address: ipaddr.IPv4): AddressVerdict {
  const range = address.range();
  return { allowed: range === 'unicast', range };
}

/** The verdict of an IPv6 address that leads to `inner` IPv4 addresses (all must be allowed). */
function judgeCarrier(kind: string, inner: ipaddr.IPv4[]): AddressVerdict {
  const verdicts = inner.map(judgeIPv4);
  const refused = verdicts.find((verdict) => !verdict.allowed);
  return { allowed: refused === undefined, range: `${kind}/${(refused ?? verdicts[0]!).range}` };
}

function judgeIPv6(address: ipaddr.IPv6): AddressVerdict {
  const parts = address.parts;
  const range = address.range();
  if (range === 'ipv4Mapped') return judgeCarrier('ipv4Mapped', [address.toIPv4Address()]);
  if (range === 'rfc6052') {
    return address.match(nat64WellKnown)
      ? judgeCarrier('nat64', [ipv4FromParts(parts[6]!, parts[7]!)])
      : { allowed: false, range: 'nat64LocalUse' };
  }
  if (range === '6to4') return judgeCarrier('6to4', [ipv4FromParts(parts[1]!, parts[2]!)]);
  if (range === 'teredo') {
    const client = ipv4FromParts(parts[6]! ^ 0xffff, parts[7]! ^ 0xffff);
    const server = ipv4FromParts(parts[2]!, parts[3]!);
    return judgeCarrier('teredo', [client, server]);
  }
  if (range !== 'unicast') return { allowed: false, range };
  // `::` and `::1` have their own ranges above; the rest of ::/96 is IPv4-compatible.
  if (parts.slice(0, 6).every((part) => part === 0)) return { allowed: false, range: 'ipv4Compatible' };
  if (!address.match(globalUnicast)) return { allowed: false, range: 'notGlobalUnicast' };
  return { allowed: true, range };
}

/** The verdict on one IP address literal. Anything that is not a canonical IP literal is refused. */
export function judgeAddress(address: string): AddressVerdict {
  if (address.includes('%')) return { allowed: false, range: 'zoneId' };
  const family = isIP(address);
  if (family === 4) return judgeIPv4(ipaddr.IPv4.parse(address));
  if (family === 6) {
    // ipaddr.js reads `::a.b.c.d` as IPv4-mapped; the URL parser's canonical form (hex groups only)
    // keeps IPv4-compatible and IPv4-mapped apart.
    const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
    return judgeIPv6(ipaddr.IPv6.parse(canonical));
  }
  return { allowed: false, range: 'notAnAddress' };
}

/** True when PUBLIC mode may connect to this IP address (global unicast only). */
export function isPublicAddress(address: string): boolean {
  return judgeAddress(address).allowed;
}
