import { expect, test } from '@playwright/test';
import { isLoopbackHost } from '../../src/lib/loopback-host.ts';
import { parseServerEnv } from '../../src/server/env.ts';
import { endpointSchema } from '../../src/tenant/settings.ts';

/**
 * One rule for "only this machine": the bind that makes the server LOCAL and the endpoint that may be
 * plain http are the same hosts (src/lib/loopback-host.ts), so LOCAL mode can always reach a tenant on
 * any loopback address it could bind to.
 */

const secret = 'unit-test-cookie-secret-0123456789abcdef';
const publicEnv = { COOKIE_SECRET: secret, SITE_ORIGIN: 'https://guide.example.com' };

/** As a server's HOST, and as the host of an http endpoint URL. */
const hosts: [bind: string, inUrl: string, loopback: boolean][] = [
  ['localhost', 'localhost', true],
  ['tenant.localhost', 'tenant.localhost', true],
  ['127.0.0.1', '127.0.0.1', true],
  ['127.0.0.2', '127.0.0.2', true],
  ['127.255.0.9', '127.255.0.9', true],
  ['::1', '[::1]', true],
  ['::ffff:127.0.0.2', '[::ffff:127.0.0.2]', true],
  ['0.0.0.0', '0.0.0.0', false],
  ['10.0.0.5', '10.0.0.5', false],
  ['::', '[::]', false],
  ['tenant.example.com', 'tenant.example.com', false],
  ['localhost.example.com', 'localhost.example.com', false],
];

for (const [bind, inUrl, loopback] of hosts) {
  test(`${bind}: LOCAL when bound to it exactly when an http endpoint on it is accepted (${loopback})`, () => {
    expect(isLoopbackHost(bind)).toBe(loopback);
    expect(isLoopbackHost(inUrl)).toBe(loopback);
    expect(parseServerEnv({ HOST: bind, ...publicEnv }).mode).toBe(loopback ? 'LOCAL' : 'PUBLIC');
    const endpoint = endpointSchema.safeParse(`http://${inUrl}:3001`);
    expect(endpoint.success ? 'accepted' : endpoint.error.issues[0]?.message).toBe(loopback ? 'accepted' : 'endpointNeedsHttps');
  });
}

test('HOST=127.0.0.2 gives LOCAL mode, and its http endpoint is kept as typed', () => {
  expect(parseServerEnv({ HOST: '127.0.0.2' }).mode).toBe('LOCAL');
  expect(endpointSchema.parse('http://127.0.0.2:3001')).toBe('http://127.0.0.2:3001');
});
