/**
 * The production server keeps each render of the playground panel (the guide's server island) for 30 s
 * under its URL, origin and the reader's playground cookies (src/server/island-render-cache.ts). What a
 * kept copy looks like from outside: the support bundle's `generated:` time stays the same (the bundle is
 * asked for in place, `&show=bundle`, as the standalone page's `?show=`; the panel otherwise fetches it
 * once opened).
 */
import { expect, test } from '@playwright/test';
import { partFragmentHref } from '../../src/playground/parts/panel-parts.ts';
import { CookieJar, browserRequest } from '../support/local-tenant.ts';
import { testSiteOrigin } from '../support/ports.ts';

async function islandUrl(): Promise<string> {
  const page = await (await fetch(`${testSiteOrigin}/en/`)).text();
  const island = /\/_server-islands\/[^"'\s]+/.exec(page)?.[0]?.replace(/&amp;/g, '&');
  expect(island, 'the guide page embeds the panel as a server island').toBeDefined();
  // A URL of this test's own, so no other test's render answers it.
  return `${testSiteOrigin}${island}&show=bundle&test=${Math.random().toString(36).slice(2)}`;
}

async function panel(url: string, cookie = ''): Promise<{ text: string; generated: string | undefined; setCookies: string[] }> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  expect(response.status).toBe(200);
  const text = await response.text();
  return { text, generated: /generated: (\S+)/.exec(text)?.[1], setCookies: response.headers.getSetCookie() };
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

test('the same island request again gets the kept render; another URL is rendered anew', async () => {
  const url = await islandUrl();
  const first = await panel(url);
  expect(first.generated).toMatch(/^\d{4}-\d\d-\d\dT/);
  await pause();
  expect((await panel(url)).generated).toBe(first.generated);
  expect((await panel(url, 'theme=dark')).generated, 'cookies of other sites do not matter').toBe(first.generated);
  expect((await panel(`${url}-other`)).generated).not.toBe(first.generated);
});

test('a reader with saved settings gets their own render, kept for their cookies only', async () => {
  const url = await islandUrl();
  const anonymous = await panel(url);
  const jar = new CookieJar();
  const endpoint = 'http://127.0.0.1:9';
  const saved = await browserRequest(jar, `${testSiteOrigin}/playground/settings`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: testSiteOrigin },
    body: new URLSearchParams({
      lang: 'en',
      returnTo: '/en/',
      endpoint,
      appId: 'mfltvwzoqspy906wvwgqe',
      appSecret: 'kept-render-secret',
      directSignInTarget: 'naver',
      interactionMode: 'signIn',
      scopes: 'email',
    }).toString(),
  });
  expect(saved.status).toBe(303);
  expect(jar.names(url)).toContain('pg_settings');
  // The first view shows "saved" once and clears that notice: a render that sets a cookie is never kept.
  const withNotice = jar.header(url);
  expect(withNotice).toContain('pg_flash=');
  const noticeShown = await panel(url, withNotice);
  expect(noticeShown.setCookies.join('\n')).toContain('pg_flash=');
  await pause();
  const again = await panel(url, withNotice);
  expect(again.setCookies.join('\n'), 'the same request again still clears the notice').toContain('pg_flash=');
  expect(again.generated).not.toBe(noticeShown.generated);

  const settingsOnly = withNotice.split('; ').filter((pair) => !pair.startsWith('pg_flash=')).join('; ');
  const mine = await panel(url, settingsOnly);
  // Their settings, in the one line that stands for them once saved (the form waits behind Edit).
  expect(mine.text).toContain(`<code data-summary-endpoint>${endpoint}</code>`);
  expect(mine.text).not.toContain('kept-render-secret');
  // The form behind Edit is that reader's too, fetched with their cookies: their endpoint, never their secret.
  const form = await fetch(`${testSiteOrigin}${partFragmentHref('settings', 'en', 'guide')}`, { headers: { cookie: settingsOnly } });
  expect(form.status).toBe(200);
  const formHtml = await form.text();
  expect(formHtml).toContain(`value="${endpoint}"`);
  expect(formHtml).not.toContain('kept-render-secret');
  expect(mine.generated).not.toBe(anonymous.generated);
  await pause();
  expect((await panel(url, settingsOnly)).generated).toBe(mine.generated);
  expect((await panel(url)).generated, 'the anonymous copy is untouched').toBe(anonymous.generated);
});
