import { defaultLogtoVersion, logtoVersionFromEnv, logtoVersionProfile } from '../../src/local-tenant/config/logto-version.ts';
import { expect, test } from '../support/fixtures.ts';
import { PlaygroundReader, signedInIn } from '../support/playground-http.ts';
import { testSiteOrigin } from '../support/ports.ts';

/**
 * The playground against the test run's tenant, in the Logto version it plays (1.42 unless LOGTO_VERSION
 * says 1.37, as the web server's tenant reads it): the sign-in verifies with or without `typ` and
 * `at_hash`, and the claims view lists `preferred_username`, equal to `username`, where the version sends it.
 */
const profile = logtoVersionProfile(logtoVersionFromEnv(process.env['LOGTO_VERSION']) ?? defaultLogtoVersion);

test(`signed in against a Logto ${profile.version} tenant: the claims view as that version sends them (en, over HTTP)`, async () => {
  const reader = new PlaygroundReader(testSiteOrigin, 'en');
  expect(await reader.signIn({ action: 'agree', shareEmail: true })).toBe('came back');
  expect(signedInIn(await reader.panelHtml())).toBe('true');
  // The claims, as the panel fetches them once opened.
  const { html } = await reader.partResponse('claims');
  // A row of the claims table: `<tr data-claim="name" …><th …><code …>name</code></th><td …><code …>value</code>`.
  const claim = (name: string) => new RegExp(`<tr data-claim="${name}"[^>]*><th[^>]*><code[^>]*>${name}</code></th><td[^>]*><code[^>]*>([^<]*)</code>`).exec(html)?.[1];
  const username = claim('username');
  expect(username).toMatch(/^&quot;naver_[0-9a-z]{8}&quot;$/);
  expect(claim('preferred_username')).toBe(profile.preferredUsername ? username : undefined);
  expect(claim('at_hash') !== undefined).toBe(profile.idToken.atHash);
});
