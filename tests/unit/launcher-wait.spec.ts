/**
 * The launcher's waiting (src/launcher/wait-until.ts): it waits until a server answers, no longer than its
 * deadline, and stops at once when there is a reason to give up (the process that should answer exited).
 */
import { freePort, waitForUrl, waitUntil, WaitError } from '../../src/launcher/index.ts';
import { expect, test } from '../support/fixtures.ts';

test('waitUntil resolves on the first try that says ready, after the ones that did not', async () => {
  let tries = 0;
  await waitUntil('the third try', async () => (tries += 1) === 3, { intervalMs: 1 });
  expect(tries).toBe(3);
});

test('waitUntil gives up at its deadline, naming what never answered', async () => {
  const started = Date.now();
  const waited = waitUntil('a server that never comes', async () => false, { timeoutMs: 300, intervalMs: 20 });
  await expect(waited).rejects.toThrow(new WaitError('a server that never comes did not answer within 0.3 s'));
  expect(Date.now() - started).toBeGreaterThanOrEqual(300);
});

test('waitUntil counts a try that throws as not ready', async () => {
  let tries = 0;
  await waitUntil(
    'a flaky check',
    async () => {
      tries += 1;
      if (tries < 3) throw new Error('ECONNREFUSED');
      return true;
    },
    { intervalMs: 1 },
  );
  expect(tries).toBe(3);
});

test('waitUntil stops as soon as giveUp names a reason, with that reason', async () => {
  let tries = 0;
  const waited = waitUntil('anything', async () => ((tries += 1), false), {
    timeoutMs: 60_000,
    intervalMs: 1,
    giveUp: () => (tries >= 2 ? 'the process exited with code 1' : undefined),
  });
  await expect(waited).rejects.toThrow('the process exited with code 1');
  expect(tries).toBe(2);
});

test('waitForUrl waits through refused connections and 5xx answers until the URL answers below 500', async ({ httpServer }) => {
  let requests = 0;
  const server = await httpServer((_request, response) => {
    requests += 1;
    // Starting up: two 503s, then a redirect, which is an answer (redirects are not followed).
    response.writeHead(requests <= 2 ? 503 : 303, requests <= 2 ? {} : { location: '/elsewhere' }).end();
  });
  await waitForUrl(`${server.origin}/ready`, { intervalMs: 10 });
  expect(requests).toBe(3);
});

test('waitForUrl on a port nothing listens on fails at the deadline with the URL', async () => {
  const url = `http://127.0.0.1:${await freePort('127.0.0.1')}/healthz`;
  await expect(waitForUrl(url, { timeoutMs: 400, intervalMs: 50 })).rejects.toThrow(`${url} did not answer within 0.4 s`);
});

test('waitForUrl does not hang past its deadline on a server that accepts and never answers', async ({ httpServer }) => {
  const server = await httpServer(() => {
    // never answers
  });
  const started = Date.now();
  await expect(waitForUrl(server.origin, { timeoutMs: 500, intervalMs: 50 })).rejects.toThrow('did not answer within 0.5 s');
  expect(Date.now() - started).toBeLessThan(5_000);
});
