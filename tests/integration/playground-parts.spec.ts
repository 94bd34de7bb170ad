import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/config.ts';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { panelParts, partFragmentHref, type PanelPart } from '../../src/playground/parts/panel-parts.ts';
import { panelReturnTo, type PanelHome } from '../../src/playground/return-to.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { browserRequest } from '../../src/sandbox-driver/index.ts';
import { expect, test } from '../support/fixtures.ts';
import { demoSettingsFields, islandHtml, PlaygroundReader, signedInIn } from '../support/playground-http.ts';
import { testSiteOrigin, testTenantEndpoint } from '../support/ports.ts';

/**
 * The panel's seldom-opened parts (the trace, the raw claims, the support bundle, the settings form behind
 * Edit) over HTTP, against the test run's production server: left out of the panel, rendered by the
 * fragment page for the reader whose cookies ask, and in place on the standalone page with `?show=` (the
 * no-JavaScript way).
 */
const [first, second] = defaultNaverTestUsers;

/** A part's fragment URL as the panel's HTML carries it (its `&` escaped). */
const partSrc = (part: PanelPart, lang: Lang, home: PanelHome) => `data-part-src="${partFragmentHref(part, lang, home).replaceAll('&', '&amp;')}"`;

/** The `returnTo` a rendered form posts. */
const returnToIn = (html: string) => /name="returnTo" value="([^"]*)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');

/** The settings form in some HTML, filled in for the demo app with these changes, posting its own `returnTo`. */
const settingsPost = (html: string, fields: Record<string, string>) => demoSettingsFields({ returnTo: returnToIn(html) ?? '', ...fields });

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
  for (const part of panelParts) expect(panel).toContain(partSrc(part, 'en', 'page'));
  expect(panel).not.toContain('data-hop=');
  expect(panel).not.toContain('data-claim=');
  expect(panel).not.toContain('<textarea');
  // Signed in (nothing saved: the built-in tenant's demo app), the settings read as one line; the form
  // and "Start over" wait behind Edit.
  expect(panel).toContain('data-tenant-summary');
  expect(panel).not.toContain('action="/playground/settings"');
  expect(panel).not.toContain('action="/playground/reset"');
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
  expect(html).toContain(partSrc('trace', 'en', 'page'));
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

test('the settings part: left out of the panel beside the guide and on its page, rendered for the panel it is opened in, and its save comes back there', async () => {
  const reader = await signedInReader(first.id);
  const guide = await (await fetch(`${testSiteOrigin}/en/`)).text();
  for (const home of ['guide', 'page'] as const) {
    const panel = home === 'guide' ? await islandHtml(reader, guide) : await reader.panelHtml();
    expect(panel, home).toContain(partSrc('settings', 'en', home));
    expect(panel, `${home}: the form is not rendered until Edit is opened`).not.toContain('action="/playground/settings"');

    const response = await browserRequest(reader.jar, new URL(partFragmentHref('settings', 'en', home), testSiteOrigin).toString());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('set-cookie')).toBeNull();
    const part = await response.text();
    expect(part).not.toContain('<html');
    expect(part).toContain('action="/playground/settings"');
    expect(part).toContain('action="/playground/reset"');
    expect(part).toContain(`value="${testTenantEndpoint}"`);
    expect(part).toContain('<label for="pg-endpoint">');
    expect(part, 'the saved secret only masked').not.toContain(LOCAL_DEMO_APP.secret);
    expect(returnToIn(part), `${home}: its posts come back to that panel`).toBe(panelReturnTo(home, 'en'));
    // The page's part, rendered after the guide's save (sign up), shows that save.
    if (home === 'page') expect(part).toMatch(/value="signUp" checked/);

    // A save through it, as the browser posts the fetched form: back where the reader was, settings saved.
    const saved = await reader.post('/playground/settings', settingsPost(part, { interactionMode: home === 'guide' ? 'signUp' : 'signIn' }));
    expect(saved.status).toBe(303);
    expect(new URL(saved.location).pathname + new URL(saved.location).hash).toBe(panelReturnTo(home, 'en'));
  }
  // The page's save (sign in) went through too; the panel is still one line and a closed Edit.
  expect((await reader.partResponse('settings')).html).toMatch(/value="signIn" checked/);
  const panel = await reader.panelHtml();
  expect(panel).toContain('data-tenant-summary');
  expect(panel).not.toContain('action="/playground/settings"');
});

test('without JavaScript, ?show=settings renders the form in place, open, posting back to the page; a refused save shows it open with its errors, in place', async () => {
  const t = playgroundStrings.ja;
  const reader = new PlaygroundReader(testSiteOrigin, 'ja');
  expect(await reader.signIn({ action: 'agree', userId: first.id })).toBe('came back');
  const shown = await reader.panelHtml(['settings']);
  expect(shown).toMatch(/<details[^>]*id="pg-part-settings"[^>]*open/);
  expect(shown).toContain('action="/playground/settings"');
  expect(shown).not.toContain(partSrc('settings', 'ja', 'page'));
  expect(returnToIn(shown.slice(shown.indexOf('id="pg-part-settings"')))).toBe(panelReturnTo('page', 'ja'));

  const refused = await reader.post('/playground/settings', settingsPost(shown, { endpoint: 'http://example.com/console' }));
  expect(refused.status).toBe(303);
  expect(new URL(refused.location).pathname).toBe('/ja/playground/');
  // No ?show= this time: the refusal alone renders the form, open, each message beside its field.
  const page = await reader.panelHtml();
  expect(page).toMatch(/<details[^>]*id="pg-part-settings"[^>]*open/);
  expect(page).not.toContain(partSrc('settings', 'ja', 'page'));
  expect(page).toContain(t.errorsHeading);
  expect(page).toContain('id="pg-endpoint-error"');
  expect(page).toMatch(/id="pg-endpoint"[^>]*aria-invalid="true"/);
  expect(page).toContain('value="http://example.com/console"');
});

test('the signed-in panel stays under a third of the 40.3 KB it weighed when issue 21 set the aim', async () => {
  // The aim of issue 21 ("a lighter panel"): a signed-in reader's panel, as the guide's island sends it,
  // under a third of its bytes at the start (40.3 KB, measured by npm run bench:load).
  const reader = await signedInReader(second.id);
  const island = await islandHtml(reader, await (await fetch(`${testSiteOrigin}/en/`)).text());
  expect(signedInIn(island)).toBe('true');
  expect(Buffer.byteLength(island)).toBeLessThan((40.3 * 1024) / 3);
});
