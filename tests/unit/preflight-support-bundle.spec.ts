import { expect, test } from '@playwright/test';
import { deriveCookieKeys } from '../../src/playground/state/cookie-keys.ts';
import { COOKIE_NAMES, ReaderState, type CookieJar } from '../../src/playground/state/reader-state.ts';
import { MAX_SEALED_COOKIE_CHARS } from '../../src/playground/state/sealed-cookie.ts';
import type { Hop } from '../../src/playground/trace/trace.ts';
import { buildSupportBundle, type SupportBundleInput } from '../../src/playground/support/support-bundle.ts';
import { checkIds } from '../../src/preflight/check-definitions.ts';
import type { CheckResult } from '../../src/preflight/types.ts';
import { supportBundleStrings } from '../../src/playground/support/strings.ts';
import { format } from '../../src/i18n/define-strings.ts';
import { languages } from '../../src/i18n/languages.ts';

const secret = 'Qw3rTy7uI9oP1aS2dF4gH6jK8lZ0xC5v';
const jwt = 'eyJhbGciOiJFUzM4NCJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlLXZhbHVl';

const hops: Hop[] = [
  { kind: 'authorization-request', at: 1000, ms: 3, method: 'GET', url: 'http://t/oidc/auth?client_id=app&state=abcdefghijklmnop', status: 303, outcome: 'ok', details: {} },
  { kind: 'callback', at: 1500, ms: 0, url: 'http://site/playground/callback?code=SECRETCODE123&state=abc', outcome: 'info', details: {} },
  { kind: 'token-exchange', at: 1600, ms: 20, status: 401, outcome: 'fail', details: { error: `server said client_secret=${secret}`, token: jwt } },
];

const results: CheckResult[] = [
  { id: 'app.credentials', status: 'fail', stepId: 'integrate-sdk', reason: { key: 'credentialsWrongSecret', params: { appId: 'app' } } },
];

const input: SupportBundleInput = {
  lang: 'en',
  generatedAt: Date.UTC(2026, 0, 2, 3, 4, 5),
  versions: { site: '0.1.0', logtoNode: '3.1.11', node: 'v22.23.3' },
  mode: 'LOCAL',
  siteOrigin: 'http://site',
  settings: { endpoint: 'http://t', appId: 'app', appSecret: secret, directSignInTarget: 'naver', interactionMode: 'signIn', scopes: ['email', 'identities'] },
  preflight: { ranAt: Date.UTC(2026, 0, 2, 3, 0, 0), results },
  attempt: { kind: 'sign-in', status: 'failed', startedAt: 1000, hops },
};

test.describe('support bundle', () => {
  test('has settings, versions, check results and the trace, and no secret, code or token', () => {
    const bundle = buildSupportBundle(input);
    expect(bundle).toContain('versions: site 0.1.0, @logto/node 3.1.11, node v22.23.3');
    expect(bundle).toContain('app id: app');
    expect(bundle).toContain('scopes: email identities');
    expect(bundle).toContain('naver client id: -');
    expect(buildSupportBundle({ ...input, settings: { ...input.settings, naverClientId: 'SLFjG9pLzJRr88z5PPil' } })).toContain(
      'naver client id: SLFjG9pLzJRr88z5PPil',
    );
    expect(bundle).toContain('FAIL  app.credentials  [step integrate-sdk]  App ID app exists, but the secret is wrong.');
    expect(bundle).toContain('+500ms  callback');
    expect(bundle).toContain('token-exchange  401  fail');
    expect(bundle).not.toContain(secret);
    expect(bundle).not.toContain('SECRETCODE123');
    expect(bundle).not.toContain(jwt);
    expect(bundle).toContain('<redacted jwt>');
    expect(bundle).not.toContain('abcdefghijklmnop');
  });

  for (const lang of languages) {
    test(`${lang}: opens with one paragraph in the reader's language that links the guide and its Markdown, for pasting to an assistant`, () => {
      const bundle = buildSupportBundle({ ...input, lang });
      const [framing, blank, heading] = bundle.split('\n');
      expect(framing).toBe(format(supportBundleStrings[lang].framing, { guide: `http://site/${lang}/`, markdown: `http://site/${lang}/guide.md` }));
      expect(framing).toContain(`http://site/${lang}/guide.md`);
      expect(blank).toBe('');
      expect(heading).toBe('## Sign in with Naver through Logto: support bundle');
      expect(bundle).not.toContain(secret);
    });
  }

  test('says so when nothing was run yet', () => {
    const bundle = buildSupportBundle({ ...input, preflight: undefined, attempt: undefined });
    expect(bundle).toMatch(/### Preflight\nnot run/);
    expect(bundle).toMatch(/### Last flow trace\nnone/);
  });
});

test.describe('stored preflight run', () => {
  test('a run with long server messages still fits one cookie, and reads back', async () => {
    const longResults: CheckResult[] = checkIds.map((id) => ({
      id,
      status: 'fail',
      stepId: 'integrate-sdk',
      reason: { key: 'unexpectedResponse', params: { url: `http://tenant.example/${'x'.repeat(400)}`, status: 500, problem: 'y'.repeat(800) } },
      details: { authorizeUrl: `https://nid.naver.com/oauth2.0/authorize?${'z'.repeat(500)}`, callbackUrl: 'http://t/callback/abc' },
    }));
    const jar = new Map<string, string>();
    const cookies: CookieJar = {
      get: (name) => (jar.has(name) ? { value: jar.get(name)! } : undefined),
      set: (name, value) => void jar.set(name, value),
      delete: (name) => void jar.delete(name),
    };
    const state = new ReaderState(cookies, deriveCookieKeys('unit-test-cookie-secret-0123456789abcdef'), false);
    await state.savePreflightRun({ ranAt: 1, results: longResults });
    expect(jar.get(COOKIE_NAMES.preflight)!.length).toBeLessThanOrEqual(MAX_SEALED_COOKIE_CHARS);
    const back = await state.preflightRun();
    expect(back?.results.map((result) => result.status)).toEqual(checkIds.map(() => 'fail'));
    expect(back?.results[0]?.details).toEqual({ callbackUrl: 'http://t/callback/abc' });
    expect(String(back?.results[0]?.reason.params['problem']).length).toBeLessThan(800);
    // Another secret's keys can't read it: it reads as no run, not as an error.
    const otherState = new ReaderState(cookies, deriveCookieKeys('another-cookie-secret-0123456789abcdef'), false);
    expect(await otherState.preflightRun()).toBeUndefined();
  });
});
