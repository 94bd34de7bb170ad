import { expect, test } from '@playwright/test';
import { createAnonymousPanelCache, isAnonymous } from '../../src/playground/anonymous-panel-cache.ts';

test('only a request without any playground cookie is anonymous', () => {
  expect(isAnonymous(null)).toBe(true);
  expect(isAnonymous('theme=dark; other=1')).toBe(true);
  expect(isAnonymous('theme=dark; pg_settings=abc')).toBe(false);
  expect(isAnonymous('pg_logto=xyz')).toBe(false);
  expect(isAnonymous('pg_preflight=1')).toBe(false);
});

test('a render is kept per URL for a short time; one that sets a cookie or is not a 200 is never kept', async () => {
  let now = 0;
  const cache = createAnonymousPanelCache(() => now);
  const url = 'http://site.test/_server-islands/PlaygroundPanel?p=1';
  expect(cache.get(url)).toBeUndefined();
  const sent = await cache.keep(url, new Response('<section>panel</section>', { headers: { 'content-type': 'text/html' } }));
  expect(await sent.text()).toBe('<section>panel</section>');
  expect(await cache.get(url)?.text()).toBe('<section>panel</section>');
  expect(cache.get(`${url}2`)).toBeUndefined();
  now += 30_000;
  expect(cache.get(url)).toBeUndefined();

  await cache.keep(url, new Response('x', { headers: { 'set-cookie': 'pg_flash=; Max-Age=0' } }));
  expect(cache.get(url)).toBeUndefined();
  await cache.keep(url, new Response('x', { status: 500 }));
  expect(cache.get(url)).toBeUndefined();
});
