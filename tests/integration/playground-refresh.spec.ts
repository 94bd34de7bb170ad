import { stepOf } from '../../src/diagnosis/codes.ts';
import { diagnosisText } from '../../src/diagnosis/strings.ts';
import { stepAnchor } from '../../src/guide/steps.ts';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { test as base, expect } from '../support/fixtures.ts';
import type { LocalTenant } from '../support/local-tenant.ts';
import { diagnosesIn, PlaygroundReader, signedInIn, textOf } from '../support/playground-http.ts';
import { startVersionStack } from '../support/version-stack.ts';
import type { LogtoVersion } from '../support/tenant-versions.ts';

/**
 * "Refresh tokens" over HTTP: the signed-in reader's form post, the refresh_token grant at the tenant,
 * and what the panel then shows. Each version's tenant runs in this process (so the tests can change
 * its access control as an admin would) beside a site instance whose built-in tenant it is.
 */

base.describe.configure({ mode: 'default' });

const lang = 'en';
const t = playgroundStrings[lang];

/** The trace's token-endpoint hops (TraceHops.astro), each with the grant type it sent. */
function tokenHopGrants(html: string): string[] {
  return [...html.matchAll(/<li\b[^>]*\bdata-hop="token-exchange"[^>]*>([\s\S]*?)<\/li>/g)].map(
    ([, body = '']) => /<dt><code>sent\.grant_type<\/code><\/dt><dd><code>([^<]*)<\/code>/.exec(body)?.[1] ?? '',
  );
}

/** A second browser holding the same cookies (the reader's signed-in session, copied). */
function copyOf(reader: PlaygroundReader): PlaygroundReader {
  const copy = new PlaygroundReader(reader.siteOrigin, reader.lang);
  const headers = new Headers();
  for (const pair of reader.jar.header(`${reader.siteOrigin}/`).split('; ').filter(Boolean)) headers.append('set-cookie', `${pair}; Path=/`);
  copy.jar.store(`${reader.siteOrigin}/`, new Response(null, { headers }));
  return copy;
}

/** The result view's token rows (ResultView.astro): kind → the redacted value and when it expires. */
function tokenRows(html: string): Record<string, { value: string; expires: string }> {
  const rows = [...html.matchAll(/<tr\b[^>]*\bdata-token="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)];
  return Object.fromEntries(
    rows.map(([, kind = '', body = '']) => {
      const cells = [...body.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map(([, cell = '']) => textOf(cell));
      return [kind, { value: cells[0] ?? '', expires: cells[3] ?? '' }];
    }),
  );
}

async function signedInReader(siteOrigin: string): Promise<PlaygroundReader> {
  const reader = new PlaygroundReader(siteOrigin, lang);
  expect(await reader.signIn({ action: 'agree', shareEmail: true })).toBe('came back');
  expect(signedInIn(await reader.panelHtml())).toBe('true');
  return reader;
}

async function refresh(reader: PlaygroundReader): Promise<string> {
  const { status, location } = await reader.post('/playground/refresh');
  expect(status).toBe(303);
  expect(new URL(location).pathname).toBe(reader.playgroundPath);
  return reader.panelHtml(['trace']);
}

function expectDiagnosis(html: string, code: 'access_control_denied' | 'refresh_token_dead') {
  const shown = diagnosesIn(html);
  const found = shown.find((item) => item.code === code);
  expect(found, `${code} among ${shown.map((item) => item.code).join(', ') || 'no diagnoses'}`).toBeDefined();
  expect(found?.title).toBe(diagnosisText(lang, code).title);
  expect(found?.href).toBe(`/${lang}/#${stepAnchor(stepOf(code))}`);
  expect(html).not.toContain('data-refresh-done');
}

for (const version of ['1.42', '1.37'] as const satisfies readonly LogtoVersion[]) {
  const test = base.extend<{}, { stack: { siteOrigin: string; tenant: LocalTenant } }>({
    stack: [
      async ({}, use) => {
        const { close, ...stack } = await startVersionStack(version, 'playground-refresh-test-secret-0123456789abcdef');
        await use(stack);
        await close();
      },
      { scope: 'worker', timeout: 90_000 },
    ],
  });

  test(`Logto ${version}: a signed-in reader refreshes: the refresh_token grant in the trace, one line that it worked`, async ({ stack }) => {
    const reader = await signedInReader(stack.siteOrigin);
    const before = await reader.panelHtml(['trace']);
    expect(before).toContain('data-refresh');
    expect(before).not.toContain('data-refresh-done');
    expect(tokenHopGrants(before)).not.toContain('refresh_token');

    // Expiry times are whole seconds: refresh a full second after the sign-in's tokens, so new ones show as new.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const html = await refresh(reader);
    expect(diagnosesIn(html)).toEqual([]);
    expect(signedInIn(html)).toBe('true');
    expect(textOf(/<p data-refresh-done[^>]*>[\s\S]*?<\/p>/.exec(html)?.[0] ?? '')).toBe(t.refreshDone);
    expect(tokenHopGrants(html)).toEqual(['refresh_token']);
    // The result shows the tokens the reader now holds: an access token issued a second or more later,
    // so expiring later.
    const [was, now] = [tokenRows(before), tokenRows(html)];
    expect(now['access_token']?.value).toMatch(/\S/);
    expect(Date.parse(now['access_token']?.expires ?? '')).toBeGreaterThan(Date.parse(was['access_token']?.expires ?? ''));
    expect(html).toContain('data-tokens-refreshed');
    expect(before).not.toContain('data-tokens-refreshed');
  });

  if (version !== '1.42') continue;

  test(`Logto ${version}: the refresh token revoked at the tenant (signed out in a copy of the browser) → refresh_token_dead`, async ({ stack }) => {
    const reader = await signedInReader(stack.siteOrigin);
    const elsewhere = copyOf(reader);
    // Sign-out revokes the refresh token at the tenant's revocation endpoint; the copy still holds it.
    expect((await elsewhere.post('/playground/sign-out')).status).toBe(303);

    const html = await refresh(reader);
    expectDiagnosis(html, 'refresh_token_dead');
    expect(tokenHopGrants(html)).toEqual(['refresh_token']);
  });

  test(`Logto ${version}: access control refuses the user after sign-in → access_control_denied; allowed again, the refresh works`, async ({ stack }) => {
    const reader = await signedInReader(stack.siteOrigin);
    const someoneElse = stack.tenant.config.users[0]?.id ?? '';
    expect(someoneElse).not.toBe('');
    await stack.tenant.accessControl.allowOnly(LOCAL_DEMO_APP.id, [someoneElse]);

    expectDiagnosis(await refresh(reader), 'access_control_denied');

    await stack.tenant.accessControl.disable(LOCAL_DEMO_APP.id);
    expect(diagnosesIn(await refresh(reader))).toEqual([]);
  });
}
