import ipaddr from 'ipaddr.js';

/**
 * `localhost`, `*.localhost`, 127.0.0.0/8, ::1 and their IPv4-mapped forms, bracketed or not: a host
 * only this machine can reach. One rule for both places that ask: the server's bind (HOST on loopback
 * means LOCAL mode, src/server/env.ts) and the reader's endpoint (http is fine on loopback, https
 * otherwise, src/tenant/settings.ts), so the two can never disagree about an address.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (!ipaddr.isValid(bare)) return false;
  return ipaddr.process(bare).range() === 'loopback';
}
