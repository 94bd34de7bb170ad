import { expect, test } from '../support/fixtures.ts';
import { PlaygroundReader, signedInIn } from '../support/playground-http.ts';
import { testSiteOrigin } from '../support/ports.ts';

/**
 * The playground against the test tenant, which answers like Logto 1.42 (no `typ`, no `at_hash`,
 * `preferred_username`): the sign-in still verifies, and the claims view lists `preferred_username`
 * with the user's username.
 */
test('signed in against a 1.42 tenant: the claims view shows preferred_username, equal to username (en, over HTTP)', async () => {
  const reader = new PlaygroundReader(testSiteOrigin, 'en');
  expect(await reader.signIn({ action: 'agree', shareEmail: true })).toBe('came back');
  const html = await reader.panelHtml();
  expect(signedInIn(html)).toBe('true');
  // A row of the claims table: `<tr data-claim="name" …><th …><code …>name</code></th><td …><code …>value</code>`.
  const claim = (name: string) => new RegExp(`<tr data-claim="${name}"[^>]*><th[^>]*><code[^>]*>${name}</code></th><td[^>]*><code[^>]*>([^<]*)</code>`).exec(html)?.[1];
  const username = claim('username');
  expect(username).toMatch(/^&quot;naver_[0-9a-z]{8}&quot;$/);
  expect(claim('preferred_username')).toBe(username);
  expect(claim('at_hash')).toBeUndefined();
});
