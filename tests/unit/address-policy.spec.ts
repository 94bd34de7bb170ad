import { expect, test } from '@playwright/test';
import { judgeAddress } from '../../src/lib/address-policy.ts';

// PUBLIC mode's verdict on each literal, written out by hand from the IANA special-purpose registries:
// [literal, allowed, why]. "why" is the verdict's range: ipaddr.js's name for the range, or
// `<carrier>/<range of the IPv4 inside>` for IPv6 addresses that lead to an IPv4 address.
const table: [literal: string, allowed: boolean, range: string][] = [
  // IPv4: global unicast, including the addresses just outside special ranges
  ['1.1.1.1', true, 'unicast'],
  ['8.8.8.8', true, 'unicast'],
  ['172.15.255.255', true, 'unicast'],
  ['172.32.0.1', true, 'unicast'],
  ['100.128.0.1', true, 'unicast'],
  ['192.169.0.1', true, 'unicast'],
  // IPv4: refused
  ['0.0.0.0', false, 'unspecified'],
  ['0.1.2.3', false, 'unspecified'],
  ['127.0.0.1', false, 'loopback'],
  ['127.1.2.3', false, 'loopback'],
  ['10.0.0.1', false, 'private'],
  ['172.16.5.4', false, 'private'],
  ['172.31.255.255', false, 'private'],
  ['192.168.1.1', false, 'private'],
  ['169.254.169.254', false, 'linkLocal'],
  ['100.64.0.1', false, 'carrierGradeNat'],
  ['100.127.255.254', false, 'carrierGradeNat'],
  ['198.18.0.1', false, 'reserved'], // benchmarking
  ['198.19.255.255', false, 'reserved'], // benchmarking
  ['192.0.2.1', false, 'reserved'], // documentation TEST-NET-1
  ['198.51.100.7', false, 'reserved'], // documentation TEST-NET-2
  ['203.0.113.9', false, 'reserved'], // documentation TEST-NET-3
  ['192.0.0.8', false, 'reserved'], // IETF protocol assignments
  ['192.88.99.1', false, 'reserved'], // 6to4 relay anycast
  ['240.0.0.1', false, 'reserved'],
  ['255.255.255.255', false, 'broadcast'],
  ['224.0.0.1', false, 'multicast'],
  ['239.255.255.250', false, 'multicast'],
  ['192.175.48.1', false, 'as112'],
  // IPv6: global unicast
  ['2606:4700:4700::1111', true, 'unicast'],
  ['2a00:1450:4001::200e', true, 'unicast'],
  ['2001:4860:4860::8888', true, 'unicast'],
  // IPv6: refused
  ['::', false, 'unspecified'],
  ['::1', false, 'loopback'],
  ['fe80::1', false, 'linkLocal'],
  ['fe80::1%eth0', false, 'zoneId'],
  ['fc00::1', false, 'uniqueLocal'],
  ['fd12:3456::1', false, 'uniqueLocal'],
  ['fec0::1', false, 'deprecatedSiteLocal'],
  ['feff::1', false, 'deprecatedSiteLocal'],
  ['ff02::1', false, 'multicast'],
  ['ff0e::1', false, 'multicast'],
  ['2001:db8::1', false, 'reserved'], // documentation
  ['3fff::1', false, 'reserved'], // documentation (RFC 9637)
  ['2001:2::1', false, 'benchmarking'],
  ['100::1', false, 'discard'],
  ['2001:20::1', false, 'orchid2'],
  ['5f00::1', false, 'segmentRouting'],
  ['4000::1', false, 'notGlobalUnicast'],
  ['::ffff:0:1.2.3.4', false, 'rfc6145'],
  // IPv4-mapped: the IPv4 address inside decides
  ['::ffff:127.0.0.1', false, 'ipv4Mapped/loopback'],
  ['::ffff:7f00:1', false, 'ipv4Mapped/loopback'],
  ['::ffff:10.0.0.1', false, 'ipv4Mapped/private'],
  ['::ffff:100.64.0.1', false, 'ipv4Mapped/carrierGradeNat'],
  ['::ffff:8.8.8.8', true, 'ipv4Mapped/unicast'],
  // IPv4-compatible (deprecated): refused whatever it carries
  ['::7f00:1', false, 'ipv4Compatible'],
  ['::127.0.0.1', false, 'ipv4Compatible'],
  ['::8.8.8.8', false, 'ipv4Compatible'],
  // NAT64: the well-known prefix is judged by the IPv4 inside; the local-use prefix is refused
  ['64:ff9b::8.8.8.8', true, 'nat64/unicast'],
  ['64:ff9b::a00:1', false, 'nat64/private'],
  ['64:ff9b::169.254.169.254', false, 'nat64/linkLocal'],
  ['64:ff9b:1::808:808', false, 'nat64LocalUse'],
  // 6to4: 2002:<IPv4>::/48
  ['2002:808:808::1', true, '6to4/unicast'],
  ['2002:c0a8:101::1', false, '6to4/private'], // 192.168.1.1
  ['2002:7f00:1::', false, '6to4/loopback'],
  ['2002:a9fe:a9fe::1', false, '6to4/linkLocal'], // 169.254.169.254
  // Teredo: 2001:0:<server IPv4>:<flags>:<port>:<client IPv4, inverted>
  ['2001:0:4136:e378:8000:63bf:f7f7:f7f7', true, 'teredo/unicast'], // client 8.8.8.8, server 65.54.227.120
  ['2001:0:4136:e378:8000:63bf:f5ff:fffe', false, 'teredo/private'], // client 10.0.0.1
  ['2001:0:4136:e378:8000:63bf:3fff:fdd2', false, 'teredo/reserved'], // client 192.0.2.45 (RFC 4380's example)
  ['2001:0:7f00:1:8000:63bf:f7f7:f7f7', false, 'teredo/loopback'], // server 127.0.0.1
  // Not canonical IP literals
  ['localhost', false, 'notAnAddress'],
  ['127.1', false, 'notAnAddress'],
  ['0x7f.0.0.1', false, 'notAnAddress'],
  ['[::1]', false, 'notAnAddress'],
  ['', false, 'notAnAddress'],
];

test('the table covers at least 40 literals, both families, both verdicts', () => {
  expect(table.length).toBeGreaterThanOrEqual(40);
  expect(table.some(([literal, allowed]) => allowed && literal.includes(':'))).toBe(true);
  expect(table.some(([literal, allowed]) => allowed && !literal.includes(':'))).toBe(true);
  expect(new Set(table.map(([literal]) => literal)).size).toBe(table.length);
});

for (const [literal, allowed, range] of table) {
  test(`${allowed ? 'allows' : 'refuses'} ${literal || '(empty)'} (${range})`, () => {
    expect(judgeAddress(literal)).toEqual({ allowed, range });
  });
}
