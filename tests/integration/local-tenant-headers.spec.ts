import { createHash } from 'node:crypto';
import { LOCAL_DEMO_APP, LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import { expect, test } from '../support/fixtures.ts';
import { browserRequest, CookieJar } from '../support/local-tenant.ts';
import type { LocalTenant } from '../support/local-tenant.ts';
import { testSiteOrigin } from '../support/ports.ts';

/**
 * The security headers real Logto 1.37 sent (real-logto-notes.md, "Security headers (helmet)") on
 * `/oidc/auth` (303) and on the experience page `/sign-in` (200).
 */

function authUrl(tenant: LocalTenant): string {
  const query = new URLSearchParams({
    client_id: LOCAL_DEMO_APP.id,
    redirect_uri: `${testSiteOrigin}/playground/callback`,
    code_challenge: 'ML_n9VPw-oQW_ZM0jS53bypYCeizysn4zo1Czyn0awY',
    code_challenge_method: 'S256',
    state: 'headers-state',
    response_type: 'code',
    scope: 'openid profile',
  });
  return `${tenant.endpoint}/oidc/auth?${query.toString()}`;
}

/** What both answers carry, as recorded at Logto. */
function expectLogtoHelmetHeaders(response: Response) {
  const { headers } = response;
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(headers.get('strict-transport-security')).toBe('max-age=15552000; includeSubDomains');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('cross-origin-resource-policy')).toBeTruthy();
  expect(headers.get('origin-agent-cluster')).toBe('?1');
  expect(headers.get('x-permitted-cross-domain-policies')).toBe('none');
  expect(headers.get('x-xss-protection')).toBe('0');
  expect(headers.get('vary') ?? '').toMatch(/accept-encoding/i);
}

/** `Content-Security-Policy` as a map from directive to its sources. */
function cspDirectives(header: string | null): Map<string, string[]> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => Boolean(name))
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

test('/oidc/auth (303) and /sign-in (200) send the security headers Logto sends', async ({ sharedTenant: tenant }) => {
  const jar = new CookieJar();
  const auth = await browserRequest(jar, authUrl(tenant), { headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
  await auth.body?.cancel();
  expect(auth.status).toBe(303);
  expectLogtoHelmetHeaders(auth);
  expect(auth.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  // oidc-provider's own pages (the end-session form) submit themselves inline: no CSP on /oidc, as at Logto.
  expect(auth.headers.get('content-security-policy')).toBeNull();

  const signIn = await browserRequest(jar, new URL(auth.headers.get('location') ?? '', tenant.endpoint).href, {
    headers: { 'accept-encoding': 'gzip' },
  });
  expect(signIn.status).toBe(200);
  expectLogtoHelmetHeaders(signIn);
  expect(signIn.headers.get('content-encoding')).toBe('gzip');
  const csp = cspDirectives(signIn.headers.get('content-security-policy'));
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
  expect(csp.get('form-action')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);

  // The policy lets the page work: every script it runs comes from this origin, and its inline style is
  // the one the policy's hash allows.
  const html = await signIn.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? '');
  expect(scripts.length).toBeGreaterThan(0);
  for (const attributes of scripts) {
    expect(attributes, 'an inline script would need unsafe-inline').toMatch(/\bsrc="\/assets\/|type="application\/json"/);
  }
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  const styleHash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
  expect(csp.get('style-src')).toContain(styleHash);
});

test('the experience API and the Naver mock keep their own headers', async ({ sharedTenant: tenant }) => {
  const api = await fetch(`${tenant.endpoint}/api/.well-known/sign-in-exp`);
  await api.body?.cancel();
  expect(api.headers.get('cache-control')).toBe('no-store');
  expect(api.headers.get('x-content-type-options')).toBe('nosniff');

  const consent = await fetch(
    `${tenant.naverMockOrigin}/oauth2.0/authorize?${new URLSearchParams({
      client_id: LOCAL_NAVER_CONNECTOR.clientId,
      redirect_uri: `${tenant.endpoint}/callback/${LOCAL_NAVER_CONNECTOR.id}`,
      response_type: 'code',
      state: 'st',
    }).toString()}`,
  );
  await consent.body?.cancel();
  expect(consent.status).toBe(200);
  expect(consent.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  expect(consent.headers.get('referrer-policy')).toBe('no-referrer');
});
