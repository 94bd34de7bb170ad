/**
 * A stalled request is cut at the time-out the server names, not up to 30 s later (Node looks for
 * expired requests only every `connectionsCheckingInterval`). The production pipeline
 * (src/server/site-server.ts) is started in this process with a short time-out, in front of a stand-in
 * for the Astro app: both stalls happen before Astro is reached. Times are asserted loosely (cut
 * before a bound, never before the time-out), not measured.
 */
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { parseServerEnv } from '../../src/server/env.ts';
import { createSiteServer, requestTimeoutMs } from '../../src/server/site-server.ts';
import { expect, test } from '../support/fixtures.ts';

const timeoutMs = 1500;

/** Opens a connection, writes `partial` and never finishes; resolves when the server closes it. */
function stall(port: number, partial: string): Promise<{ afterMs: number; received: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1', () => socket.write(partial));
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ afterMs: performance.now() - started, received }));
  });
}

test('a request stalled in its headers or its body is cut with 408 within a second of the time-out', async ({ closeAfterTest }) => {
  let reachedApp = 0;
  const server = createSiteServer({
    config: parseServerEnv({}),
    astro: async (_request, response) => {
      reachedApp += 1;
      response.end('app');
    },
    staticFiles: () => false,
    requestTimeoutMs: timeoutMs,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closeAfterTest({
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  const { port } = server.address() as AddressInfo;

  const [headers, body] = await Promise.all([
    stall(port, 'GET /en/ HTTP/1.1\r\nHost: localhost\r\nX-Slow: '),
    stall(
      port,
      'POST /playground/settings HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nlang=en',
    ),
  ]);
  for (const [what, cut] of Object.entries({ headers, body })) {
    expect(cut.received, what).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(cut.afterMs, what).toBeGreaterThanOrEqual(timeoutMs - 50);
    // Node's default checking interval (30 s) would cut this one up to 30 s late.
    expect(cut.afterMs, what).toBeLessThan(timeoutMs + 1500);
  }
  expect(reachedApp, 'neither stalled request reached the app').toBe(0);
});

test('the production server names 30 s for headers and body alike', () => {
  const server = createSiteServer({ config: parseServerEnv({}), astro: async () => undefined, staticFiles: () => false });
  expect(requestTimeoutMs).toBe(30_000);
  expect({ requestTimeout: server.requestTimeout, headersTimeout: server.headersTimeout }).toEqual({
    requestTimeout: requestTimeoutMs,
    headersTimeout: requestTimeoutMs,
  });
  server.close();
});
