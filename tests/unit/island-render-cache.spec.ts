import { expect, test } from '@playwright/test';
import type { IncomingMessage } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { partFragmentHref } from '../../src/playground/parts/panel-parts.ts';
import { createIslandRenderCache } from '../../src/server/island-render-cache.ts';
import { recordedResponse } from '../support/recorded-response.ts';

const origin = new URL('http://site.test');
const islandUrl = '/_server-islands/PlaygroundPanel?e=1&p=2&s=3';

function render(text: string) {
  const html = `<section class="panel">${`<p>${text}</p>`.repeat(60)}</section>`;
  return { html, kept: { headers: [['content-type', 'text/html'], ['cache-control', 'private, no-store']] as [string, string][], body: new TextEncoder().encode(html) } };
}

function request(url: string, headers: Record<string, string> = {}, method = 'GET'): IncomingMessage {
  return { method, url, headers } as unknown as IncomingMessage;
}

/** What the cache answers for this request, or undefined when it passes it on to Astro. */
function answered(cache: ReturnType<typeof createIslandRenderCache>, req: IncomingMessage, at = origin) {
  const { response, sent } = recordedResponse();
  return cache.answer(req, response, at) ? sent : undefined;
}

test('a kept render answers the same request again, compressed as the client accepts', () => {
  const cache = createIslandRenderCache();
  const { html, kept } = render('the local tenant, nothing personal');
  expect(answered(cache, request(islandUrl))).toBeUndefined();
  cache.keeperFor(request(islandUrl), origin)!(kept);

  const plain = answered(cache, request(islandUrl));
  expect(plain?.body?.toString()).toBe(html);
  expect(plain?.headers).toMatchObject({ 'content-type': 'text/html', 'cache-control': 'private, no-store', vary: 'Accept-Encoding' });
  expect(plain?.headers?.['content-encoding']).toBeUndefined();

  const br = answered(cache, request(islandUrl, { 'accept-encoding': 'gzip, br' }));
  expect(br?.headers?.['content-encoding']).toBe('br');
  expect(Number(br?.headers?.['content-length'])).toBe(br?.body?.byteLength);
  expect(brotliDecompressSync(br!.body!).toString()).toBe(html);
});

test('a kept render carries the headers every response starts with, its own CSP replacing the default', () => {
  const cache = createIslandRenderCache({ baseHeaders: { 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'" } });
  const { kept } = render('panel');
  kept.headers.push(['content-security-policy', "script-src 'self' 'sha256-island'"]);
  cache.keeperFor(request(islandUrl), origin)!(kept);
  expect(answered(cache, request(islandUrl))?.headers).toMatchObject({
    'x-content-type-options': 'nosniff',
    'content-security-policy': "script-src 'self' 'sha256-island'",
  });
});

test('readers share a copy only when their playground cookies are the same, values included', () => {
  const cache = createIslandRenderCache();
  const anonymous = render('defaults');
  const signedIn = render('signed in as Naver user');
  cache.keeperFor(request(islandUrl, { cookie: 'theme=dark' }), origin)!(anonymous.kept);
  cache.keeperFor(request(islandUrl, { cookie: 'pg_settings=abc; pg_logto=xyz' }), origin)!(signedIn.kept);

  // Other cookies don't matter; no playground cookie means the shared anonymous panel.
  expect(answered(cache, request(islandUrl))?.body?.toString()).toBe(anonymous.html);
  expect(answered(cache, request(islandUrl, { cookie: 'lang=ko' }))?.body?.toString()).toBe(anonymous.html);
  expect(answered(cache, request(islandUrl, { cookie: 'pg_settings=abc; other=1; pg_logto=xyz' }))?.body?.toString()).toBe(signedIn.html);
  // Any other state, a changed value or a chunk of a cookie, is another reader: a fresh render.
  for (const cookie of ['pg_settings=abc', 'pg_settings=abd; pg_logto=xyz', 'pg_settings=abc; pg_logto=xyz; pg_flash=1', 'pg_settings=abc; pg_logto=xyz; pg_trace.1=2']) {
    expect(answered(cache, request(islandUrl, { cookie })), cookie).toBeUndefined();
  }
});

test('cookies count as Astro parses them: spacing or a repeated name cannot pass a reader\'s state as anonymous', () => {
  const cache = createIslandRenderCache();
  // Astro reads `pg_settings =x` as pg_settings (cookie's parseCookie trims names), so this render is personal.
  cache.keeperFor(request(islandUrl, { cookie: 'pg_settings =attacker; pg_result\t=claims' }), origin)!(render('personal').kept);
  expect(answered(cache, request(islandUrl))).toBeUndefined();
  expect(answered(cache, request(islandUrl, { cookie: 'pg_settings=attacker; pg_result=claims' }))).toBeDefined();
  // The first of two same-named cookies is the one Astro reads.
  cache.keeperFor(request(islandUrl, { cookie: 'pg_settings=a; pg_settings=b' }), origin)!(render('a').kept);
  expect(answered(cache, request(islandUrl, { cookie: 'pg_settings=a' }))).toBeDefined();
  expect(answered(cache, request(islandUrl, { cookie: 'pg_settings=b' }))).toBeUndefined();
});

test('only GETs of the island qualify, per origin and URL, and a copy lasts the TTL only', () => {
  let now = 1_000_000;
  const cache = createIslandRenderCache({ ttlMs: 30_000, now: () => now });
  expect(cache.keeperFor(request('/en/playground/'), origin)).toBeUndefined();
  // A part of the panel opened on demand is the reader's alone, rendered for each request, never kept.
  expect(cache.keeperFor(request(partFragmentHref('trace', 'en'), { cookie: 'pg_settings=abc' }), origin)).toBeUndefined();
  expect(cache.keeperFor(request(islandUrl, {}, 'POST'), origin)).toBeUndefined();
  cache.keeperFor(request(islandUrl), origin)!(render('x').kept);
  // The panel shows redirect URIs built from the origin: another origin's reader gets their own render.
  expect(answered(cache, request(islandUrl), new URL('http://127.0.0.1:4321'))).toBeUndefined();
  expect(answered(cache, request(`${islandUrl}x`))).toBeUndefined();
  now += 29_999;
  expect(answered(cache, request(islandUrl))).toBeDefined();
  now += 2;
  expect(answered(cache, request(islandUrl))).toBeUndefined();
});

test('a compressed copy made later does not extend the time a render is kept', () => {
  let now = 1_000_000;
  const cache = createIslandRenderCache({ ttlMs: 30_000, now: () => now });
  cache.keeperFor(request(islandUrl), origin)!(render('big enough to be worth compressing').kept);
  now += 30_000;
  expect(answered(cache, request(islandUrl, { 'accept-encoding': 'br' }))?.headers?.['content-encoding']).toBe('br');
  now += 1;
  expect(answered(cache, request(islandUrl, { 'accept-encoding': 'br' }))).toBeUndefined();
  expect(answered(cache, request(islandUrl))).toBeUndefined();
});

test('at most maxBytes are kept, compressed copies counted; the least recently used go first', () => {
  const { kept } = render('x'.repeat(40));
  // Room for two renders and a few bytes: any compressed copy on top is too much.
  const cache = createIslandRenderCache({ maxBytes: kept.body.byteLength * 2 + 8 });
  for (const n of [1, 2]) cache.keeperFor(request(`${islandUrl}&n=${n}`), origin)!(kept);
  expect(answered(cache, request(`${islandUrl}&n=1`))).toBeDefined();
  cache.keeperFor(request(`${islandUrl}&n=3`), origin)!(kept);
  expect(answered(cache, request(`${islandUrl}&n=2`))).toBeUndefined();
  expect(answered(cache, request(`${islandUrl}&n=1`))).toBeDefined();
  // A brotli copy of n=3 pushes the total past the limit: n=1, now the least recently used, goes.
  expect(answered(cache, request(`${islandUrl}&n=3`, { 'accept-encoding': 'br' }))?.headers?.['content-encoding']).toBe('br');
  expect(answered(cache, request(`${islandUrl}&n=1`))).toBeUndefined();
  expect(answered(cache, request(`${islandUrl}&n=3`))).toBeDefined();
});
