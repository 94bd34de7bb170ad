import type { RequestListener } from 'node:http';
import { createSafeFetch, SafeFetchError } from '../../src/lib/safe-fetch.ts';
import { test as base, expect } from '../support/fixtures.ts';

/** Echoes the method and Authorization header, or answers slowly (/slow), big (/big) or unsized (/stream). */
const remote: RequestListener = (request, response) => {
  if (request.url === '/slow') {
    setTimeout(() => response.end('late'), 2000);
    return;
  }
  if (request.url === '/big') {
    response.end('x'.repeat(10_000));
    return;
  }
  if (request.url === '/stream') {
    // No content-length: the limit must hold while reading.
    response.write('y'.repeat(6000));
    response.end('y'.repeat(6000));
    return;
  }
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ method: request.method, auth: request.headers.authorization ?? null }));
};

// Where `remote` listens (http://localhost:<port>), started for each test that asks for it.
const test = base.extend<{ origin: string }>({
  origin: async ({ httpServer }, use) => {
    const { port } = await httpServer(remote, 'localhost');
    await use(`http://localhost:${port}`);
  },
});

async function failure(promise: Promise<unknown>): Promise<SafeFetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SafeFetchError) return error;
    throw error;
  }
  throw new Error('expected a SafeFetchError');
}

test('LOCAL mode reaches loopback, passing method and headers', async ({ origin }) => {
  const safeFetch = createSafeFetch({ mode: 'LOCAL', timeoutMs: 1000, maxBytes: 1024 });
  const response = await safeFetch(`${origin}/echo`, { method: 'POST', headers: { authorization: 'Basic abc' }, body: 'x=1' });
  expect(await response.json()).toEqual({ method: 'POST', auth: 'Basic abc' });
});

test('PUBLIC mode refuses loopback after DNS (localhost) and as a literal', async ({ origin }) => {
  const safeFetch = createSafeFetch({ mode: 'PUBLIC', timeoutMs: 1000 });
  expect((await failure(safeFetch(`${origin}/echo`))).kind).toBe('blocked_address');
  const port = new URL(origin).port;
  expect((await failure(safeFetch(`http://127.0.0.1:${port}/echo`))).kind).toBe('blocked_address');
  expect((await failure(safeFetch(`http://[::1]:${port}/echo`))).kind).toBe('blocked_address');
  expect((await failure(safeFetch('http://169.254.169.254/latest/meta-data/'))).kind).toBe('blocked_address');
});

test('PUBLIC mode refuses IPv6 literals that lead to loopback or private space, before connecting', async ({ origin }) => {
  // The verdict on each kind of address is in tests/unit/address-policy.spec.ts; here, that the fetch uses it.
  const safeFetch = createSafeFetch({ mode: 'PUBLIC', timeoutMs: 1000 });
  const port = new URL(origin).port;
  for (const literal of ['::7f00:1', '::127.0.0.1', '::ffff:127.0.0.1', '64:ff9b::7f00:1', '2002:7f00:1::', 'fec0::1', 'fd00::1']) {
    const refused = await failure(safeFetch(`http://[${literal}]:${port}/echo`));
    expect({ literal, kind: refused.kind }).toEqual({ literal, kind: 'blocked_address' });
  }
});

test('time-outs and size limits are their own kinds of failure', async ({ origin }) => {
  const safeFetch = createSafeFetch({ mode: 'LOCAL', timeoutMs: 300, maxBytes: 5000 });
  expect((await failure(safeFetch(`${origin}/slow`))).kind).toBe('timeout');
  expect((await failure(safeFetch(`${origin}/big`))).kind).toBe('too_large');
  expect((await failure(safeFetch(`${origin}/stream`))).kind).toBe('too_large');
});

test('refused connections and non-http URLs are reported, without the URL’s query', async () => {
  const safeFetch = createSafeFetch({ mode: 'LOCAL', timeoutMs: 1000 });
  const closed = await failure(safeFetch('http://localhost:1/x?code=secret'));
  expect(closed.kind).toBe('network');
  expect(closed.message).not.toContain('secret');
  expect((await failure(safeFetch('file:///etc/passwd'))).kind).toBe('invalid_url');
});

test('PUBLIC mode judges every hop: a redirect to a non-public IP literal is refused before connecting', async ({ httpServer }) => {
  // The test network has no public address, so [::1] stands in for a public tenant and 127.0.0.1 for
  // a private target (IP literals never go through DNS, which is where names are checked).
  const reached: string[] = [];
  const dualStack = await httpServer((request, response) => {
    reached.push(`${request.socket.localAddress} ${request.url}`);
    if (request.url === '/to-private') response.writeHead(302, { location: `http://127.0.0.1:${dualStack.port}/private` }).end();
    else if (request.url === '/to-public') response.writeHead(302, { location: `http://[::1]:${dualStack.port}/public` }).end();
    else response.end('reached');
  }, '::');
  const port = dualStack.port;
  const safeFetch = createSafeFetch({ mode: 'PUBLIC', timeoutMs: 1000, isAllowedAddress: (address) => address === '::1' });
  // The policy lets an allowed hop through, redirects included…
  expect(await (await safeFetch(`http://[::1]:${port}/to-public`)).text()).toBe('reached');
  // …and refuses the redirect into "private" space, which is never connected to.
  expect((await failure(safeFetch(`http://[::1]:${port}/to-private`))).kind).toBe('blocked_address');
  expect(reached.some((line) => line.endsWith('/private'))).toBe(false);
  expect(reached.filter((line) => line.endsWith('/public'))).toHaveLength(1);
});
