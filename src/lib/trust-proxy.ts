/**
 * TRUST_PROXY, one rule for the site (src/server/) and the sandbox (src/local-tenant/): how many proxies
 * in front append to X-Forwarded-For, and so which entry is the client's address.
 */
import type { IncomingMessage } from 'node:http';
import * as z from 'zod';

/** `true` (one proxy), `false` (none) or the number of proxies in front. */
export const trustProxySchema = z
  .string()
  .regex(/^(true|false|\d{1,2})$/, 'TRUST_PROXY must be true, false or the number of proxies in front (1, 2, …)')
  .transform((value) => (value === 'true' ? 1 : value === 'false' ? 0 : Number(value)));

/**
 * The client's address: the socket's, or with TRUST_PROXY=n the address the outermost of n trusted
 * proxies saw (the n-th X-Forwarded-For entry from the right; entries further left are the client's
 * own claims).
 */
export function clientAddress(request: IncomingMessage, trustProxyHops: number): string | undefined {
  const socketAddress = request.socket.remoteAddress;
  if (trustProxyHops === 0) return socketAddress;
  const header = request.headers['x-forwarded-for'];
  const chain = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[chain.length - trustProxyHops] ?? chain[0] ?? socketAddress;
}
