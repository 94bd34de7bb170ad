/**
 * The site with the sandbox as its built-in tenant (issue 17, item 4): a PUBLIC site given
 * SANDBOX_ENDPOINT (a public name, not in DNS here) and SANDBOX_CONNECT (where it really listens)
 * signs a reader in through a public sandbox over HTTP and offers the fault lab; nothing a reader types
 * reaches the sandbox's internal address or any other loopback or private one; and a PUBLIC site
 * without a sandbox offers neither, saying in one sentence how to bring your own tenant.
 */
import { Agent, fetch as undiciFetch } from 'undici';
import { languages } from '../../src/i18n/languages.ts';
import { connectToConnector, connectToRule, type ConnectToRule } from '../../src/lib/connect-to.ts';
import { createSafeFetch, SafeFetchError } from '../../src/lib/safe-fetch.ts';
import { freePort } from '../../src/launcher/index.ts';
import { startLocalTenant } from '../../src/local-tenant/server.ts';
import { faultLabStrings } from '../../src/playground/fault-lab/strings.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { expect, test, type TestFixtures } from '../support/fixtures.ts';
import { diagnosesIn, PlaygroundReader, signedInIn, textOf } from '../support/playground-http.ts';

// Each test starts its own site instance, which takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

const cookieSecret = 'sandbox-site-test-secret-0123456789abcdef';
const tenantSecret = 'sandbox-site-tenant-secret-0123456789abc';

/** A browser that resolves the sandbox's and the mock's public names to where they listen, like the proxy's DNS. */
function browserResolving(rules: ConnectToRule[]): typeof fetch {
  const connect = rules.reduceRight<ReturnType<typeof connectToConnector> | undefined>((rest, rule) => connectToConnector(rule, rest), undefined);
  const dispatcher = new Agent({ connect: connect! });
  return ((input: string | URL | Request, init?: RequestInit) => undiciFetch(input as string, { ...(init as object), dispatcher } as never)) as unknown as typeof fetch;
}

/** A public sandbox on loopback, named `sandbox.test` and `naver.test` (names no DNS answers), and a PUBLIC site using it. */
async function publicSiteWithSandbox({ closeAfterTest, startSiteInstance }: Pick<TestFixtures, 'closeAfterTest' | 'startSiteInstance'>) {
  const [tenantPort, mockPort, sitePort] = [await freePort(), await freePort(), await freePort()];
  const siteOrigin = `http://localhost:${sitePort}`;
  const sandboxOrigin = `http://sandbox.test:${tenantPort}`;
  const naverOrigin = `http://naver.test:${mockPort}`;
  const internal = { host: '127.0.0.1', port: tenantPort };
  closeAfterTest(
    await startLocalTenant({
      port: tenantPort,
      naverMockPort: mockPort,
      host: '127.0.0.1',
      siteOrigin,
      tenantOrigin: new URL(sandboxOrigin),
      naverMockOrigin: new URL(naverOrigin),
      naverMockConnect: { host: '127.0.0.1', port: mockPort },
      secret: tenantSecret,
      publicSandbox: true,
    }),
  );
  const site = await startSiteInstance({
    PORT: String(sitePort),
    PLAYGROUND_MODE: 'PUBLIC',
    SITE_ORIGIN: siteOrigin,
    COOKIE_SECRET: cookieSecret,
    SANDBOX_ENDPOINT: sandboxOrigin,
    SANDBOX_CONNECT: `127.0.0.1:${tenantPort}`,
  });
  const browser = browserResolving([connectToRule(sandboxOrigin, internal), connectToRule(naverOrigin, { host: '127.0.0.1', port: mockPort })]);
  return { site, siteOrigin: site.origin, sandboxOrigin, internal, browser };
}

test('a PUBLIC site with SANDBOX_ENDPOINT and SANDBOX_CONNECT signs in through the sandbox over HTTP, and breaks it on purpose', async ({
  closeAfterTest,
  startSiteInstance,
  replaceDuringTest,
}) => {
  const { siteOrigin, sandboxOrigin, browser } = await publicSiteWithSandbox({ closeAfterTest, startSiteInstance });
  replaceDuringTest(globalThis, 'fetch', browser);
  const reader = new PlaygroundReader(siteOrigin, 'en');
  const first = await reader.panelHtml();
  // The built-in tenant is the sandbox: prefilled, offered with its fault lab, named as such.
  expect(first).toContain(`data-endpoint="${sandboxOrigin}"`);
  expect(first).toContain('data-fault-lab="offered"');
  expect(textOf(first)).toContain(playgroundStrings.en.introBuiltIn);
  expect(textOf(first)).not.toContain(playgroundStrings.en.bringYourOwnTenant);

  expect(await reader.signIn({ action: 'agree' })).toBe('came back');
  const signedIn = await reader.panelHtml();
  expect({ signedIn: signedInIn(signedIn), problems: diagnosesIn(signedIn).map((item) => item.code) }).toEqual({ signedIn: 'true', problems: [] });

  // Break it on purpose: the scenario's app on the sandbox, saved through the same settings check.
  await reader.chooseScenario('wrong-naver-client-secret');
  const broken = await reader.panelHtml();
  expect(broken).toContain('data-fault-scenario="wrong-naver-client-secret"');
  expect(broken).toContain(`data-endpoint="${sandboxOrigin}"`);
  expect(textOf(broken)).not.toContain(playgroundStrings.en.endpointNeedsHttps);
});

test('nothing a reader types reaches the sandbox’s internal address or another loopback one: only the sandbox’s own name is exempt', async ({
  closeAfterTest,
  startSiteInstance,
}) => {
  const { siteOrigin, internal } = await publicSiteWithSandbox({ closeAfterTest, startSiteInstance });
  const reader = new PlaygroundReader(siteOrigin, 'en');
  const typed = [
    `http://${internal.host}:${internal.port}`, // SANDBOX_CONNECT itself
    `http://localhost:${internal.port}`, // a name for it
    `http://[::ffff:127.0.0.1]:${internal.port}`,
  ];
  for (const endpoint of typed) {
    const { status } = await reader.post('/playground/settings', {
      endpoint,
      appId: 'abcdefghijklmnopqrstu',
      appSecret: 'not-a-real-secret',
      directSignInTarget: 'naver',
      interactionMode: 'signIn',
      scopes: 'email',
    });
    expect(status).toBe(303);
    const codes = diagnosesIn(await reader.panelHtml()).map((item) => item.code);
    expect({ endpoint, codes }).toEqual({ endpoint, codes: ['endpoint_blocked'] });
  }
  // An http endpoint that is not the operator's sandbox stays refused as http.
  await reader.post('/playground/settings', { endpoint: 'http://sandbox2.test', appId: 'abcdefghijklmnopqrstu', appSecret: 'x', directSignInTarget: 'naver', interactionMode: 'signIn' });
  expect(textOf(await reader.panelHtml())).toContain(playgroundStrings.en.endpointNeedsHttps);
});

test('the site’s fetch exempts the sandbox’s origin alone: its discovery document or a redirect pointing at loopback or private space is refused', async ({
  httpServer,
}) => {
  let fakeOrigin = '';
  const sandbox = await httpServer((request, response) => {
    const url = request.url ?? '/';
    if (url === '/oidc/.well-known/openid-configuration') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ issuer: `${fakeOrigin}/oidc`, jwks_uri: `http://127.0.0.1:${sandbox.port}/oidc/jwks`, token_endpoint: `http://localhost:${sandbox.port}/oidc/token` }));
      return;
    }
    const redirects: Record<string, string> = {
      '/to-loopback': `http://127.0.0.1:${sandbox.port}/ok`,
      '/to-private': 'http://10.0.0.1/ok',
      '/to-localhost': `http://localhost:${sandbox.port}/ok`,
      '/to-itself': `${fakeOrigin}/ok`,
    };
    if (redirects[url]) {
      response.writeHead(302, { location: redirects[url] }).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/plain' }).end(`ok ${request.headers.host}`);
  }, '127.0.0.1');
  fakeOrigin = `http://sandbox.test:${sandbox.port}`;
  const safeFetch = createSafeFetch({ mode: 'PUBLIC', connectTo: connectToRule(fakeOrigin, { host: '127.0.0.1', port: sandbox.port }) });
  const refusal = (url: string) => safeFetch(url).then(() => 'fetched', (error: unknown) => (error instanceof SafeFetchError ? error.kind : String(error)));

  // The sandbox's name reaches it, Host unchanged, and a redirect back to its own name too.
  expect(await (await safeFetch(`${fakeOrigin}/ok`)).text()).toBe(`ok sandbox.test:${sandbox.port}`);
  expect(await (await safeFetch(`${fakeOrigin}/to-itself`)).text()).toBe(`ok sandbox.test:${sandbox.port}`);
  // What its discovery document names elsewhere is judged like any URL.
  const discovery = (await (await safeFetch(`${fakeOrigin}/oidc/.well-known/openid-configuration`)).json()) as { jwks_uri: string; token_endpoint: string };
  expect(await refusal(discovery.jwks_uri)).toBe('blocked_address');
  expect(await refusal(discovery.token_endpoint)).toBe('blocked_address');
  // And so is where its redirects lead.
  for (const path of ['/to-loopback', '/to-private', '/to-localhost']) expect({ path, kind: await refusal(`${fakeOrigin}${path}`) }).toEqual({ path, kind: 'blocked_address' });
  // The same name on another port or scheme is not the sandbox: not in DNS, so not reached.
  expect(await refusal(`http://sandbox.test:${sandbox.port + 1}/ok`)).toBe('network');
});

test('a PUBLIC site without a sandbox offers no built-in tenant and no fault lab, and says how to bring your own tenant in each language', async ({
  startSiteInstance,
}) => {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  await startSiteInstance({ PORT: String(port), PLAYGROUND_MODE: 'PUBLIC', SITE_ORIGIN: origin, COOKIE_SECRET: cookieSecret, SANDBOX_ENDPOINT: '' });
  for (const lang of languages) {
    const t = playgroundStrings[lang];
    // Even when opened from a scenario link made elsewhere.
    for (const path of [`/${lang}/playground/`, `/${lang}/playground/?scenario=wrong-naver-client-secret`]) {
      const html = await (await fetch(`${origin}${path}`)).text();
      const text = textOf(html);
      expect({ path, sentence: text.includes(t.bringYourOwnTenant) }).toEqual({ path, sentence: true });
      expect(text).not.toContain(t.introBuiltIn);
      expect(text).not.toContain(faultLabStrings[lang].pickerHeading);
      expect(html).toContain('data-fault-lab="none"');
      expect(html).not.toContain('data-sign-in');
      expect(html).not.toContain('value="http://localhost');
      // The endpoint field is blank (Astro writes an empty value as a bare `value`).
      expect(html).toMatch(/<input id="pg-endpoint" name="endpoint"[^>]*\svalue(?:="")?[\s>]/);
    }
  }
  // A sign-in posted anyway (a page from before) asks for the endpoint instead of failing.
  const reader = new PlaygroundReader(origin, 'ko');
  expect((await reader.post('/playground/sign-in')).location).toBe(`${origin}/ko/playground/`);
  const after = await reader.panelHtml();
  expect(diagnosesIn(after)).toEqual([]);
  expect(textOf(after)).toContain(playgroundStrings.ko.endpointRequired);
  // Nor does "Break it on purpose" posted anyway save a tenant.
  await reader.post('/playground/scenario', { scenario: 'wrong-naver-client-secret' });
  expect(await reader.panelHtml()).not.toContain('data-sign-in');
});

test('a sandbox whose discovery document points at loopback addresses: the site fetches the document, and nothing it points at', async ({
  httpServer,
  startSiteInstance,
}) => {
  const seen: string[] = [];
  let sandboxOrigin = '';
  const sandbox = await httpServer((request, response) => {
    seen.push(request.url ?? '/');
    if (request.url === '/oidc/.well-known/openid-configuration') {
      const leak = `http://127.0.0.1:${sandbox.port}/leak`;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          issuer: `${sandboxOrigin}/oidc`,
          authorization_endpoint: `${sandboxOrigin}/oidc/auth`,
          jwks_uri: `${leak}/jwks`,
          token_endpoint: `http://localhost:${sandbox.port}/leak/token`,
          userinfo_endpoint: `${leak}/me`,
          end_session_endpoint: `${leak}/session/end`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['ES384'],
        }),
      );
      return;
    }
    response.writeHead(404, { 'content-type': 'application/json' }).end('{}');
  }, '127.0.0.1');
  sandboxOrigin = `http://sandbox.test:${sandbox.port}`;
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  await startSiteInstance({
    PORT: String(port),
    PLAYGROUND_MODE: 'PUBLIC',
    SITE_ORIGIN: origin,
    COOKIE_SECRET: cookieSecret,
    SANDBOX_ENDPOINT: sandboxOrigin,
    SANDBOX_CONNECT: `127.0.0.1:${sandbox.port}`,
  });
  const reader = new PlaygroundReader(origin, 'en');
  await reader.runChecks();
  await reader.post('/playground/sign-in');
  expect(await reader.panelHtml()).toContain(`data-endpoint="${sandboxOrigin}"`);
  // The sandbox's own name was reached (so the exemption applied), and none of the loopback URLs it named.
  expect(seen).toContain('/oidc/.well-known/openid-configuration');
  expect(seen.filter((path) => path.startsWith('/leak'))).toEqual([]);
});
