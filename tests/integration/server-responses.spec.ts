/**
 * What every kind of response of the running test site carries: security headers (pages, the island,
 * endpoints and their redirects, error pages, static files) and compression (HTML, island, CSS, JS).
 */
import { expect, test, type APIResponse } from '@playwright/test';
import { permissionsPolicy } from '../../src/server/security-headers.ts';
import { testSiteOrigin } from '../support/ports.ts';

async function islandPath(request: import('@playwright/test').APIRequestContext): Promise<string> {
  const html = await (await request.get('/en/')).text();
  const found = /\/_server-islands\/[^"'\s]+/.exec(html);
  expect(found, 'the guide page embeds a server island').not.toBeNull();
  return found![0].replace(/&amp;/g, '&');
}

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy'], what).not.toContain('unsafe-inline');
  expect(headers['referrer-policy'], what).toMatch(/^(strict-origin-when-cross-origin|no-referrer)$/);
  expect(headers['permissions-policy'], what).toBe(permissionsPolicy);
}

test('every kind of response carries the security headers', async ({ request }) => {
  const guide = await request.get('/en/');
  const css = /\/_astro\/[^"]+\.css/.exec(await guide.text())![0];
  const island = await islandPath(request);
  const responses: [string, APIResponse][] = [
    ['prerendered guide page', await request.get('/ja/')],
    ['on-demand page', await request.get('/en/playground/')],
    ['server island', await request.get(island)],
    ['server island again (the kept render)', await request.get(island)],
    ['language redirect', await request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': 'ko' } })],
    ['form endpoint redirect', await request.post('/playground/reset', { form: { lang: 'en', returnTo: '/en/' }, headers: { Origin: testSiteOrigin }, maxRedirects: 0 })],
    ['cross-site post refused', await request.post('/playground/reset', { form: { lang: 'en' }, headers: { Origin: 'https://evil.example' }, maxRedirects: 0 })],
    ['404 page', await request.get('/en/no-such-page/')],
    ['static stylesheet', await request.get(css)],
    ['413 page', await request.post('/playground/settings', { data: 'x'.repeat(64 * 1024), headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: testSiteOrigin } })],
    ['callback without parameters', await request.get('/playground/callback', { maxRedirects: 0 })],
    ['revalidated guide page', await request.get('/en/', { headers: { 'If-None-Match': guide.headers()['etag']! } })],
    ['unimplemented method', await request.fetch('/en/', { method: 'PROPFIND' })],
  ];
  for (const [what, response] of responses) expectSecurityHeaders(response, what);
  const statuses = Object.fromEntries(responses.map(([what, response]) => [what, response.status()]));
  expect(statuses).toMatchObject({
    'language redirect': 302,
    'form endpoint redirect': 303,
    'cross-site post refused': 403,
    '404 page': 404,
    '413 page': 413,
    'revalidated guide page': 304,
    'unimplemented method': 501,
  });
});

test('the pages carry Astro\'s script hashes in a header, the island loader\'s included', async ({ request }) => {
  const page = await request.get('/en/');
  const csp = page.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')+/);
  // No CSP in a <meta>: it couldn't carry frame-ancestors, and two policies would only confuse.
  expect(await page.text()).not.toMatch(/http-equiv="content-security-policy"/i);
});

test('a revalidated guide page (304) carries the page\'s own CSP: the browser keeps a 304\'s headers', async ({ request }) => {
  const page = await request.get('/en/');
  const etag = page.headers()['etag'];
  expect(etag).toBeTruthy();
  const revalidated = await request.get('/en/', { headers: { 'If-None-Match': etag! } });
  expect(revalidated.status()).toBe(304);
  expect(revalidated.headers()['content-security-policy']).toBe(page.headers()['content-security-policy']);
});

test('the callback never lets its code leak through Referer', async ({ request }) => {
  const callback = await request.get('/playground/callback?code=secret-code&state=x', { maxRedirects: 0 });
  expect(callback.headers()['referrer-policy']).toBe('no-referrer');
  expect((await request.get('/en/')).headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

test('HTML, the island, CSS and JS are compressed when the client accepts it', async ({ request }) => {
  const html = await (await request.get('/en/')).text();
  const assets = [...html.matchAll(/\/_astro\/[^"]+\.(?:css|js)/g)].map((match) => match[0]);
  expect(assets.length).toBeGreaterThan(0);
  const paths = ['/ja/', '/en/playground/', await islandPath(request), ...assets];
  for (const encoding of ['br', 'gzip']) {
    for (const path of paths) {
      const response = await request.get(path, { headers: { 'Accept-Encoding': encoding } });
      expect(response.headers()['content-encoding'], `${path} with ${encoding}`).toBe(encoding);
      expect(response.headers()['vary'] ?? '', path).toMatch(/accept-encoding/i);
    }
  }
  const identity = await request.get('/ja/', { headers: { 'Accept-Encoding': 'identity' } });
  expect(identity.headers()['content-encoding']).toBeUndefined();
});
