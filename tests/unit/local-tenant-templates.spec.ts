import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { html, scriptJson, trustedHtml } from '../../src/local-tenant/http/html-template.ts';
import { defaultNaverTestUsers, naverMockConfigSchema } from '../../src/local-tenant/naver-mock/index.ts';
import { consentPage, errorPage, notMemberPage } from '../../src/local-tenant/naver-mock/pages.ts';
import { renderLogoutForm, renderSignedOutPage } from '../../src/local-tenant/pages/logout-pages.ts';
import { renderPage } from '../../src/local-tenant/pages/html.ts';
import { pageStrings } from '../../src/local-tenant/pages/strings.ts';
import { consentMissingPage } from '../../src/local-tenant/pages/views/consent-error.ts';
import { firstScreenPage } from '../../src/local-tenant/pages/views/first-screen.ts';
import { callbackPage, redirectingPage } from '../../src/local-tenant/pages/views/progress.ts';
import { koaRequestIn } from '../support/koa-request.ts';

/**
 * Every template of the local tenant and the Naver mock, given values a request or a config could carry:
 * markup, quotes and `&` come out as text, in element content and in attribute values alike.
 */

const hostile = `<script>alert("x")</script> & 'q'`;
// What HTML shows as `hostile` again, in text and in a quoted attribute; written out, not computed.
const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;';

/** The page shows the hostile text, escaped, and never as markup. */
function expectEscaped(page: string, times: number): void {
  expect(page.split(escaped).length - 1).toBe(times);
  expect(page).not.toContain('<script>alert');
  expect(page).not.toContain(`"x"`);
}

test.describe('the template tag', () => {
  test('escapes text, keeps markup made by html or trustedHtml, joins lists and skips nothing-values', () => {
    const item = (text: string) => html`<li>${text}</li>`;
    const out = html`<ul>${[item(hostile), item('b')]}</ul>${false}${null}${undefined}${0}${trustedHtml('<hr>')}`;
    expect(out.toString()).toBe(`<ul><li>${escaped}</li><li>b</li></ul>0<hr>`);
  });
  test('scriptJson keeps a value inside its script element and readable as JSON', () => {
    const json = scriptJson({ text: `</script><!--${hostile}` }).toString();
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ text: `</script><!--${hostile}` });
  });
});

test.describe('sign-in pages', () => {
  test('the document shell escapes the title and keeps page data inside its script', () => {
    const page = renderPage({ lang: 'en', title: hostile, body: html`<p>${hostile}</p>`, pageData: { hostile }, withScript: true });
    expectEscaped(page, 2);
    expect(page).toContain(`<title>${escaped} · ${pageStrings.en.tenantName}</title>`);
  });
  test('sign-in and register escape the app name, the login hint, connector names and ids and the switch link', () => {
    for (const screen of ['sign-in', 'register'] as const) {
      const page = firstScreenPage({
        lang: 'en',
        screen,
        appName: hostile,
        loginHint: hostile,
        buttons: [{ connectorId: hostile, connectorName: hostile, withNaverLogo: true }],
        switchTo: { screen: screen === 'register' ? 'sign-in' : 'register', href: `/x?a=${hostile}` },
        pageData: { appId: hostile },
      });
      // Title twice (title, h1), the hint, the button's id, name and text, the link.
      expectEscaped(page, 7);
      expect(page).toContain(`data-connector-id="${escaped}" data-connector-name="${escaped}"`);
      expect(page).toContain(`<a href="/x?a=${escaped}">`);
    }
  });
  test('the redirecting and callback pages escape the connector name and keep their data in JSON', () => {
    expectEscaped(redirectingPage({ lang: 'ko', connectorName: hostile, pageData: { target: hostile } }), 3);
    const callback = callbackPage({ lang: 'ja', pageData: { connectorId: hostile } });
    expectEscaped(callback, 0);
    expect(callback).toContain(`<label for="username">${pageStrings.ja.usernameLabel}</label>`);
  });
  test('the consent error, sign-out and signed-out pages carry their own text only', () => {
    const request = koaRequestIn('ko');
    const form = '<form id="op.logoutForm" method="post" action="http://localhost/oidc/session/end/confirm"><input type="hidden" name="xsrf" value="x"/></form>';
    const logout = renderLogoutForm(form, request);
    expect(logout).toContain(form);
    expect(logout).toContain('<input type="hidden" name="logout" value="yes" form="op.logoutForm">');
    expect(renderSignedOutPage(request)).toContain(`<h1>${pageStrings.ko.signedOutTitle}</h1>`);
    expect(consentMissingPage('ja')).toContain(`<p role="alert">${pageStrings.ja.consentMissing}</p>`);
  });
});

test.describe('Naver mock pages', () => {
  const config = naverMockConfigSchema.parse({
    apps: [
      {
        clientId: 'naverClient',
        clientSecret: 'naverSecret',
        callbackUrls: ['http://localhost:3001/callback/abc'],
        name: hostile,
        status: 'development',
        emailPermission: 'optional',
      },
    ],
    users: [{ ...defaultNaverTestUsers[0], id: hostile, nickname: hostile, name: hostile }, defaultNaverTestUsers[1]],
  });
  const app = config.apps[0]!;

  test('the consent page escapes the app, the accounts and the request it echoes', () => {
    const page = consentPage(app, config.users, { clientId: hostile, redirectUri: hostile, state: hostile });
    // The app's name four times (h1, both lists of shared items, the closing line), the account's id,
    // nickname and name, and the three request values.
    expectEscaped(page, 10);
    expect(page).toContain('<title>네이버 로그인 (mock)</title>');
    expect(page).toContain(`<input type="hidden" name="state" value="${escaped}">`);
    expect(page).toContain(`id="account-0" value="${escaped}" checked>`);
  });
  test('the error and not-member pages escape what they were given', () => {
    expectEscaped(errorPage(hostile, hostile), 2);
    expectEscaped(notMemberPage(app), 1);
  });
});

test.describe('raw HTML', () => {
  const root = join(import.meta.dirname, '../..');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
    );
  const sources = files(join(root, 'src/local-tenant')).map((file) => ({
    file: relative(root, file),
    text: readFileSync(file, 'utf8'),
  }));

  test('goes into a page only through trustedHtml, at the call sites reviewed here', () => {
    const callers = sources.flatMap(({ file, text }) => (text.match(/trustedHtml\(/g) ?? []).map(() => file));
    // The pages' own CSS (twice), scriptJson's escaped JSON, oidc-provider's logout form; and the definition.
    expect(callers.sort()).toEqual([
      'src/local-tenant/http/html-template.ts',
      'src/local-tenant/http/html-template.ts',
      'src/local-tenant/naver-mock/pages.ts',
      'src/local-tenant/pages/html.ts',
      'src/local-tenant/pages/logout-pages.ts',
    ]);
    const honoImports = sources.filter(({ text }) => /from 'hono/.test(text)).map(({ file }) => file);
    expect(honoImports).toEqual(['src/local-tenant/http/html-template.ts']);
  });
});
