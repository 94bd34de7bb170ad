import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { rateLimitStrings } from '../../src/rate-limit/strings.ts';
import { clientKey, unknownClientKey } from '../../src/lib/client-key.ts';
import { isCountedRoute } from '../../src/rate-limit/counted-requests.ts';
import { createRateLimiter } from '../../src/lib/rate-limiter.ts';
import { languageOfLimitedRequest } from '../../src/rate-limit/reader-language.ts';
import { freePort } from '../../src/launcher/index.ts';

test.describe('client key', () => {
  const cases: [address: string | undefined, key: string][] = [
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['::ffff:cb00:7107', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:db8:1:3::9', '2001:db8:1:3::/64'],
    ['::1', '::/64'],
    [undefined, unknownClientKey],
    ['', unknownClientKey],
    ['not an address', unknownClientKey],
  ];
  for (const [address, key] of cases) test(`${String(address)} counts as ${key}`, () => expect(clientKey(address)).toBe(key));
});

test('only the endpoints that make the server fetch are counted, by route whatever the method', () => {
  for (const route of ['/playground/settings', '/playground/scenario', '/playground/preflight', '/playground/sign-in', '/playground/sign-out', '/playground/refresh', '/playground/callback']) {
    expect(isCountedRoute(route), route).toBe(true);
  }
  for (const route of ['/playground/reset', '/playground/saw', '/playground/signed-out', '/[lang]', '/[lang]/playground', '/[lang]/rate-limited', '/_server-islands/[name]']) {
    expect(isCountedRoute(route), route).toBe(false);
  }
});

test('every playground endpoint is either counted or named here as one that never makes the server fetch', () => {
  // A new endpoint fails this until someone decides whether it fetches (and so must be counted).
  const neverFetches = ['/playground/reset', '/playground/saw', '/playground/signed-out'];
  const endpoints = readdirSync('src/pages/playground')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `/playground/${file.slice(0, -'.ts'.length)}`);
  expect(endpoints.length).toBeGreaterThan(neverFetches.length);
  for (const route of endpoints) expect(isCountedRoute(route) !== neverFetches.includes(route), route).toBe(true);
});

test('in memory: each key has its own budget per window, and a spent one says when to come back', async () => {
  const limiter = createRateLimiter({ points: 3, windowSeconds: 40 });
  const decisions = [];
  for (let n = 0; n < 4; n++) decisions.push(await limiter.consume('198.51.100.1'));
  expect(decisions.slice(0, 3)).toEqual([
    { limited: false, remaining: 2 },
    { limited: false, remaining: 1 },
    { limited: false, remaining: 0 },
  ]);
  const limited = decisions[3]!;
  expect(limited.limited).toBe(true);
  if (limited.limited) {
    expect(limited.retryAfterSeconds).toBeGreaterThanOrEqual(39);
    expect(limited.retryAfterSeconds).toBeLessThanOrEqual(40);
  }
  expect(await limiter.consume('198.51.100.2')).toEqual({ limited: false, remaining: 2 });
  await limiter.close();
});

test('the budget comes back when the window ends', async () => {
  const limiter = createRateLimiter({ points: 1, windowSeconds: 1 });
  expect((await limiter.consume('k')).limited).toBe(false);
  expect((await limiter.consume('k')).limited).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 1100));
  expect((await limiter.consume('k')).limited).toBe(false);
  await limiter.close();
});

test('an unreachable Redis: counted in memory instead, one log line without the URL or its password', async () => {
  const port = await freePort('127.0.0.1');

  const lines: string[] = [];
  const limiter = createRateLimiter({
    points: 2,
    windowSeconds: 60,
    redisUrl: `redis://:s3cret-password@127.0.0.1:${port}/0`,
    log: (line) => lines.push(line),
  });
  const decisions = [];
  for (let n = 0; n < 3; n++) decisions.push((await limiter.consume('198.51.100.1')).limited);
  expect(decisions).toEqual([false, false, true]);
  await expect.poll(() => lines.length).toBeGreaterThan(0);
  await new Promise((resolve) => setTimeout(resolve, 500)); // reconnect attempts meanwhile
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('Redis unreachable');
  expect(lines.join('\n')).not.toMatch(/s3cret|redis:\/\/|127\.0\.0\.1/);
  await limiter.close();
});

test.describe('language of the 429 page', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    new Request('http://site.test/playground/settings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(body.length), ...headers },
      body,
    });

  test('the form’s lang field wins over Accept-Language', async () => {
    expect(await languageOfLimitedRequest(post('lang=ja&returnTo=%2Fja%2F', { 'Accept-Language': 'ko' }), '/playground/settings')).toBe('ja');
  });
  test('without a usable lang field: the path’s prefix, then Accept-Language', async () => {
    expect(await languageOfLimitedRequest(post('lang=xx', { 'Accept-Language': 'ko-KR,ko;q=0.9' }), '/playground/settings')).toBe('ko');
    expect(await languageOfLimitedRequest(new Request('http://site.test/ja/x'), '/ja/x')).toBe('ja');
    const callback = new Request('http://site.test/playground/callback', { headers: { 'Accept-Language': 'ja' } });
    expect(await languageOfLimitedRequest(callback, '/playground/callback')).toBe('ja');
  });
  test('a large or undeclared body is not read', async () => {
    const big = `lang=ja&pad=${'x'.repeat(20_000)}`;
    expect(await languageOfLimitedRequest(post(big, { 'Accept-Language': 'ko' }), '/playground/settings')).toBe('ko');
  });
  test('every language has the page’s words, with the wait in them', () => {
    for (const strings of Object.values(rateLimitStrings)) {
      expect(strings.title.length).toBeGreaterThan(0);
      expect(strings.body).toContain('{seconds}');
    }
  });
});
