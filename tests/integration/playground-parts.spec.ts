import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/config.ts';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import { panelParts } from '../../src/playground/parts/panel-parts.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { expect, test } from '../support/fixtures.ts';
import { PlaygroundReader, signedInIn } from '../support/playground-http.ts';
import { testSiteOrigin } from '../support/ports.ts';

/**
 * The panel's seldom-opened parts (the trace, the raw claims, the support bundle) over HTTP, against the
 * test run's production server: left out of the panel, rendered by the fragment page for the reader whose
 * cookies ask, and in place on the standalone page with `?show=` (the no-JavaScript way).
 */
const [first, second] = defaultNaverTestUsers;

async function signedInReader(userId: string): Promise<PlaygroundReader> {
  const reader = new PlaygroundReader(testSiteOrigin, 'en');
  expect(await reader.signIn({ action: 'agree', userId, shareEmail: true })).toBe('came back');
  return reader;
}

test('a signed-in panel leaves the trace, claims and bundle to be opened; each part is rendered for the cookies that ask, never kept for another reader', async () => {
  const one = await signedInReader(first.id);
  const two = await signedInReader(second.id);
  const panel = await one.panelHtml();
  expect(signedInIn(panel)).toBe('true');
  for (const part of panelParts) expect(panel).toContain(`data-part-src="/en/playground/part?part=${part}"`);
  expect(panel).not.toContain('data-hop=');
  expect(panel).not.toContain('data-claim=');
  expect(panel).not.toContain('<textarea');
  // The panel's styles are global (src/styles/playground.css): no scoped-style attributes weigh on its bytes.
  const section = panel.slice(panel.indexOf('<section id="playground"'));
  expect(section).toContain('class="pg-tenant"');
  expect(section).not.toContain('data-astro-cid-');
  expect(section).not.toContain('<style');

  const claims = await one.partResponse('claims');
  expect(claims.status).toBe(200);
  expect(claims.headers.get('content-type')).toMatch(/^text\/html/);
  expect(claims.headers.get('cache-control')).toBe('private, no-store');
  expect(claims.headers.get('set-cookie'), 'reading a part changes none of the reader’s state').toBeNull();
  expect(claims.html).toContain('data-claim="sub"');
  expect(claims.html).toContain(first.nickname);
  expect(claims.html).not.toContain('<html');
  // Compressed like every on-demand response, and said to vary with the cookies it was rendered for.
  const claimsUrl = `${testSiteOrigin}/en/playground/part?part=claims`;
  const compressed = await fetch(claimsUrl, { headers: { cookie: one.jar.header(claimsUrl), 'accept-encoding': 'gzip' } });
  expect(compressed.headers.get('content-encoding')).toBe('gzip');
  expect(compressed.headers.get('vary')).toMatch(/Cookie/i);
  expect(await compressed.text()).toContain(first.nickname);
  // The same URL right after, with the other reader's cookies: their own claims only.
  const theirs = await two.partResponse('claims');
  expect(theirs.html).toContain(second.nickname);
  expect(theirs.html).not.toContain(first.nickname);

  const trace = await one.partResponse('trace');
  expect(trace.status).toBe(200);
  for (const hop of ['authorization-request', 'callback', 'token-exchange', 'id-token-verification']) expect(trace.html).toContain(`data-hop="${hop}"`);
  const bundle = await one.partResponse('bundle');
  expect(bundle.status).toBe(200);
  expect(bundle.html).toContain('<textarea id="support-bundle-text"');
  expect(bundle.html).toContain(LOCAL_DEMO_APP.id);
  expect(bundle.html).not.toContain(LOCAL_DEMO_APP.secret);
});

test('without JavaScript, ?show= renders the asked part in place, open, and leaves the others to their links', async () => {
  const reader = await signedInReader(first.id);
  const html = await reader.panelHtml(['claims']);
  expect(html).toMatch(/<details[^>]*id="pg-part-claims"[^>]*open/);
  expect(html).toContain('data-claim="sub"');
  expect(html).not.toContain('data-part-src="/en/playground/part?part=claims"');
  expect(html).toContain('data-part-src="/en/playground/part?part=trace"');
  const everything = await reader.panelHtml([...panelParts]);
  expect(everything).toContain('data-hop="callback"');
  expect(everything).toContain('<textarea id="support-bundle-text"');
  expect(everything).not.toContain(LOCAL_DEMO_APP.secret);
});

test('a reader with no state gets what the panel would show them, in the page’s language; nothing is a 500', async () => {
  const stranger = new PlaygroundReader(testSiteOrigin, 'ja');
  const trace = await stranger.partResponse('trace');
  expect(trace.status).toBe(200);
  expect(trace.html).toContain(playgroundStrings.ja.traceEmpty);
  const claims = await stranger.partResponse('claims', 'ko');
  expect(claims.status).toBe(200);
  expect(claims.html).toContain(playgroundStrings.ko.partNotSignedIn);
  const bundle = await stranger.partResponse('bundle');
  expect(bundle.html).toContain('<textarea');
  expect(bundle.html).not.toContain(LOCAL_DEMO_APP.secret);
  // Cookies that don't unseal are no state either: the same answers, never a 500.
  const forged = await fetch(`${testSiteOrigin}/en/playground/part?part=claims`, { headers: { cookie: 'pg_result=forged; pg_attempt=forged; pg_trace=forged' } });
  expect(forged.status).toBe(200);
  expect(await forged.text()).toContain(playgroundStrings.en.partNotSignedIn);
});

test('an unknown part, a query past the limit or an unknown language are refused plainly, in the page’s language', async () => {
  const reader = new PlaygroundReader(testSiteOrigin, 'ko');
  const unknown = await reader.partResponse('secrets');
  expect(unknown.status).toBe(400);
  expect(unknown.html).toContain(playgroundStrings.ko.partUnknown);
  const long = await reader.partResponse(`trace&pad=${'x'.repeat(4000)}`, 'ja');
  expect(long.status).toBe(400);
  expect(long.html).toContain(playgroundStrings.ja.partQueryTooLong);
  expect(long.html).not.toContain('x'.repeat(100));
  const noLanguage = await fetch(`${testSiteOrigin}/xx/playground/part?part=trace`);
  expect(noLanguage.status).toBe(404);
});
