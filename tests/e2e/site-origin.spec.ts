import { expect, test } from '../support/fixtures.ts';
import { testPorts } from '../support/ports.ts';

// The origin check (CSRF) compares the browser's Origin with the URL the server believes it serves.
// These requests post the settings form the way a browser would from each origin.

const form = { lang: 'en', returnTo: '/en/playground/', endpoint: 'http://localhost:1', appId: 'x', appSecret: '' };

async function postSettings(request: import('@playwright/test').APIRequestContext, url: string, headers: Record<string, string>) {
  return request.post(url, { form, headers, maxRedirects: 0 });
}

test('a reader on 127.0.0.1 can post the forms from that origin', async ({ request }) => {
  const origin = `http://127.0.0.1:${testPorts.site}`;
  const response = await postSettings(request, `${origin}/playground/settings`, { Origin: origin });
  expect(response.status()).toBe(303);
});

test('behind a TLS-terminating proxy, posts from the public https origin pass', async ({ request, startSiteInstance }) => {
  // The server knows its public origin from SITE_ORIGIN (src/server/host-trust.ts), not from headers.
  const publicOrigin = 'https://guide.example.com';
  const site = await startSiteInstance({ SITE_ORIGIN: publicOrigin, PLAYGROUND_MODE: 'PUBLIC', COOKIE_SECRET: 'site-origin-test-secret-0123456789abcdef', TRUST_PROXY: '1' });
  const response = await postSettings(request, `${site.origin}/playground/settings`, {
    Origin: publicOrigin,
    'X-Forwarded-Proto': 'https',
    'X-Forwarded-Host': 'guide.example.com',
  });
  expect(response.status()).toBe(303);
});

test('a post from another site is still refused', async ({ request }) => {
  const response = await postSettings(request, '/playground/settings', { Origin: 'https://evil.example.net' });
  expect(response.status()).toBe(403);
});
