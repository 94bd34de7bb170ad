import { expect, test } from '@playwright/test';
import type { IncomingMessage } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { createAnonymousIslandCache } from '../../src/server/anonymous-island-cache.ts';
import { recordedResponse } from '../support/recorded-response.ts';

const origin = new URL('http://site.test');
const islandUrl = '/_server-islands/PlaygroundPanel?e=1&p=2&s=3';
const panelHtml = `<section class="panel">${'<p>the local tenant, nothing personal</p>'.repeat(60)}</section>`;
const panel = { headers: [['content-type', 'text/html'], ['cache-control', 'private, no-store']] as [string, string][], body: new TextEncoder().encode(panelHtml) };

function request(url: string, headers: Record<string, string> = {}, method = 'GET'): IncomingMessage {
  return { method, url, headers } as unknown as IncomingMessage;
}

test('a kept render answers the next anonymous request, compressed as the client accepts', () => {
  const cache = createAnonymousIslandCache();
  const first = recordedResponse();
  expect(cache.answer(request(islandUrl), first.response, origin)).toBe(false);
  cache.keeperFor(request(islandUrl), origin)!(panel);

  const plain = recordedResponse();
  expect(cache.answer(request(islandUrl), plain.response, origin)).toBe(true);
  expect(plain.sent.body?.toString()).toBe(panelHtml);
  expect(plain.sent.headers).toMatchObject({ 'content-type': 'text/html', 'cache-control': 'private, no-store', vary: 'Accept-Encoding' });
  expect(plain.sent.headers?.['content-encoding']).toBeUndefined();

  const br = recordedResponse();
  expect(cache.answer(request(islandUrl, { 'accept-encoding': 'gzip, br' }), br.response, origin)).toBe(true);
  expect(br.sent.headers?.['content-encoding']).toBe('br');
  expect(Number(br.sent.headers?.['content-length'])).toBe(br.sent.body?.byteLength);
  expect(brotliDecompressSync(br.sent.body!).toString()).toBe(panelHtml);
});

test('a reader with any playground cookie is never answered from, nor adds to, the shared copy', () => {
  const cache = createAnonymousIslandCache();
  cache.keeperFor(request(islandUrl), origin)!(panel);
  for (const cookie of ['pg_settings=abc', 'theme=dark; pg_logto=xyz', 'pg_flash.0=1']) {
    expect(cache.answer(request(islandUrl, { cookie }), recordedResponse().response, origin), cookie).toBe(false);
    expect(cache.keeperFor(request(islandUrl, { cookie }), origin), cookie).toBeUndefined();
  }
  expect(cache.answer(request(islandUrl, { cookie: 'theme=dark' }), recordedResponse().response, origin)).toBe(true);
});

test('only GETs of the island qualify, per origin and URL, and a copy lasts the TTL only', () => {
  let now = 0;
  const cache = createAnonymousIslandCache({ ttlMs: 30_000, now: () => now });
  expect(cache.keeperFor(request('/en/playground/'), origin)).toBeUndefined();
  expect(cache.keeperFor(request(islandUrl, {}, 'POST'), origin)).toBeUndefined();
  cache.keeperFor(request(islandUrl), origin)!(panel);
  // The panel shows redirect URIs built from the origin: another origin's reader gets their own render.
  expect(cache.answer(request(islandUrl), recordedResponse().response, new URL('http://127.0.0.1:4321'))).toBe(false);
  expect(cache.answer(request(`${islandUrl}x`), recordedResponse().response, origin)).toBe(false);
  now = 29_999;
  expect(cache.answer(request(islandUrl), recordedResponse().response, origin)).toBe(true);
  now = 30_000;
  expect(cache.answer(request(islandUrl), recordedResponse().response, origin)).toBe(false);
});

test('at most maxEntries URLs are kept, the oldest dropped first', () => {
  const cache = createAnonymousIslandCache({ maxEntries: 2 });
  for (const n of [1, 2, 3]) cache.keeperFor(request(`${islandUrl}&n=${n}`), origin)!(panel);
  expect(cache.answer(request(`${islandUrl}&n=1`), recordedResponse().response, origin)).toBe(false);
  expect(cache.answer(request(`${islandUrl}&n=3`), recordedResponse().response, origin)).toBe(true);
});
