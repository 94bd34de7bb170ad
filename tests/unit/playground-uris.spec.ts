import { expect, test } from '@playwright/test';
import { defaultReturnTo, safeReturnTo } from '../../src/playground/return-to.ts';
import { playgroundUris, resolveSiteOrigin } from '../../src/tenant/redirect-uris.ts';

test('the two URIs hang off the site origin', () => {
  expect(playgroundUris('https://guide.example.com')).toEqual({
    redirectUri: 'https://guide.example.com/playground/callback',
    postSignOutRedirectUri: 'https://guide.example.com/playground/signed-out',
  });
});

test('SITE_ORIGIN wins over the request origin, which is the fallback', () => {
  expect(resolveSiteOrigin(new URL('http://10.0.0.5:4321/x?y'), 'https://guide.example.com/')).toBe('https://guide.example.com');
  expect(resolveSiteOrigin(new URL('http://localhost:4321/_server-islands/x'), undefined)).toBe('http://localhost:4321');
  expect(resolveSiteOrigin('http://localhost:4321/a', '')).toBe('http://localhost:4321');
});

test.describe('returnTo is always a same-site path', () => {
  for (const good of ['/en/', '/ja/playground/', '/ko/#live-playground', '/en/?a=1#b']) {
    test(`keeps ${good}`, () => expect(safeReturnTo(good, 'en')).toBe(good));
  }
  for (const bad of [
    '//evil.example/', '/\\evil.example', 'https://evil.example/', 'https:evil.example', 'javascript:alert(1)', '', 'en/', '/\tx', 42, undefined,
    // Dot segments that collapse into a protocol-relative URL once parsed.
    '/.//evil.example', '/..//evil.example', '/en/..//evil.example', '/%2e//evil.example', '/%2E%2E//evil.example/x?y#z',
  ]) {
    test(`refuses ${JSON.stringify(bad)}`, () => expect(safeReturnTo(bad, 'ko')).toBe(defaultReturnTo('ko')));
  }
});
